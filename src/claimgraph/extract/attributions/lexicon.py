"""The word lists the attribution rules use: cue verbs with their stance, hedges, metonyms, titles.

Stances (``Cue.stance``), what the speaker does with the content:

=========  ====================================================  ==================================
stance     meaning                                               cue lemmas (examples)
=========  ====================================================  ==================================
assert     states it as fact, neutral reporting                  say, tell, add, note, write, report
claim      puts it forward as an argument or contested claim     claim, argue, insist, suggest, allege
warn       points to a danger or bad outcome                     warn, caution, alert
deny       says it is not so, or refuses it                      deny, reject, dismiss, dispute, refuse
confirm    says that it is so (often after doubt)                confirm, acknowledge, admit, concede
accuse     blames or criticises someone                          accuse, blame, criticize, condemn
estimate   gives a number or a forecast                          estimate, predict, forecast, expect
promise    commits the speaker to do something                   promise, pledge, vow, guarantee
threaten   commits to something harmful to the addressee         threaten
question   asks or casts doubt                                   ask, question, wonder, doubt
concern    expresses worry                                       worry, fear, (be) concerned
demand     asks someone else to act                              urge, demand, call for, call on
believe    an opinion or belief rather than a statement          believe, think, feel, agree
support    backs or praises                                      endorse, praise, support, defend
intend     states a plan or wish of the speaker                  want, plan, decide, seek
=========  ====================================================  ==================================

``CUES`` maps a lemma to its stance and the frames in which the verb reports something:
``c`` a that-clause or clause complement (ccomp), ``x`` a to-infinitive (xcomp), ``o`` a direct
object, ``q`` a quotation next to the clause ("…,” he said). The lists were chosen by how often
each lemma and frame is annotated as an attribution cue in the PolNeAR train split; lemmas that are
cues in under about half their uses in a frame are left out of that frame, except the stance
verbs at the end (support, oppose, want, ...), which PolNeAR annotates often enough that adding
them raised F1 on train and dev.
"""

from __future__ import annotations

CUES: dict[str, tuple[str, str]] = {
    # assert
    "say": ("assert", "cxq"),
    "tell": ("assert", "cq"),
    "add": ("assert", "cq"),
    "note": ("assert", "coq"),
    "write": ("assert", "cq"),
    "state": ("assert", "cq"),
    "declare": ("assert", "cq"),
    "explain": ("assert", "cq"),
    "continue": ("assert", "cq"),
    "reply": ("assert", "cq"),
    "respond": ("assert", "cq"),
    "answer": ("assert", "cq"),
    "joke": ("assert", "cq"),
    "quip": ("assert", "cq"),
    "recall": ("assert", "coq"),
    "report": ("assert", "coq"),
    "announce": ("assert", "co"),
    "reveal": ("assert", "co"),
    "disclose": ("assert", "co"),
    "conclude": ("assert", "c"),
    "find": ("assert", "c"),
    "show": ("assert", "c"),
    "indicate": ("assert", "c"),
    "emphasize": ("assert", "coq"),
    "stress": ("assert", "coq"),
    "highlight": ("assert", "o"),
    "mention": ("assert", "co"),
    "cite": ("assert", "o"),
    "describe": ("assert", "o"),
    "discuss": ("assert", "o"),
    "tweet": ("assert", "cq"),
    "post": ("assert", "q"),
    "observe": ("assert", "cq"),
    "remark": ("assert", "cq"),
    "exclaim": ("assert", "q"),
    "shout": ("assert", "q"),
    "yell": ("assert", "q"),
    "assert": ("assert", "cq"),
    "point": ("assert", "c"),
    "imply": ("claim", "c"),
    "repeat": ("assert", "cq"),
    "inform": ("assert", "c"),
    # claim
    "claim": ("claim", "cxq"),
    "argue": ("claim", "cq"),
    "insist": ("claim", "cq"),
    "contend": ("claim", "cq"),
    "maintain": ("claim", "c"),
    "suggest": ("claim", "c"),
    "allege": ("accuse", "co"),
    "purport": ("claim", "x"),
    "boast": ("claim", "cq"),
    "brag": ("claim", "cq"),
    "complain": ("accuse", "cq"),
    # warn
    "warn": ("warn", "cxq"),
    "caution": ("warn", "cq"),
    # deny
    "deny": ("deny", "co"),
    "reject": ("deny", "o"),
    "dismiss": ("deny", "o"),
    "refute": ("deny", "o"),
    "dispute": ("deny", "co"),
    "refuse": ("deny", "x"),
    "decline": ("deny", "x"),
    # confirm
    "confirm": ("confirm", "coq"),
    "acknowledge": ("confirm", "coq"),
    "admit": ("confirm", "coq"),
    "concede": ("confirm", "cq"),
    "verify": ("confirm", "c"),
    # accuse
    "accuse": ("accuse", "o"),
    "blame": ("accuse", "o"),
    "criticize": ("accuse", "o"),
    "criticise": ("accuse", "o"),
    "condemn": ("accuse", "o"),
    "denounce": ("accuse", "o"),
    "blast": ("accuse", "o"),
    "slam": ("accuse", "o"),
    "charge": ("accuse", "c"),
    "mock": ("accuse", "o"),
    # estimate
    "estimate": ("estimate", "co"),
    "predict": ("estimate", "cox"),
    "forecast": ("estimate", "co"),
    "project": ("estimate", "c"),
    "expect": ("estimate", "cx"),
    # promise
    "promise": ("promise", "cxo"),
    "pledge": ("promise", "cx"),
    "vow": ("promise", "cxq"),
    "guarantee": ("promise", "c"),
    "swear": ("promise", "cx"),
    # threaten
    "threaten": ("threaten", "cx"),
    # question
    "ask": ("question", "cxq"),
    "question": ("question", "co"),
    "wonder": ("question", "cq"),
    "doubt": ("question", "c"),
    # concern
    "worry": ("concern", "c"),
    "fear": ("concern", "c"),
    # demand
    "urge": ("demand", "x"),
    "demand": ("demand", "cox"),
    "encourage": ("demand", "x"),
    "recommend": ("demand", "c"),
    "propose": ("demand", "co"),
    # believe
    "believe": ("believe", "c"),
    "think": ("believe", "c"),
    "feel": ("believe", "c"),
    "agree": ("believe", "c"),
    "hope": ("believe", "cx"),
    # support
    "endorse": ("support", "o"),
    "praise": ("support", "o"),
    "applaud": ("support", "o"),
    # stance verbs: the speaker's position rather than a statement (PolNeAR counts them)
    "call": ("assert", "o"),  # "called the charges fabricated" (with its object complement)
    "support": ("support", "o"),
    "back": ("support", "o"),
    "defend": ("support", "o"),
    "thank": ("support", "o"),
    "tout": ("claim", "o"),
    "oppose": ("deny", "o"),
    "attack": ("accuse", "o"),
    "express": ("concern", "o"),
    "lament": ("concern", "co"),
    "offer": ("assert", "o"),
    "echo": ("assert", "o"),
    "retweet": ("assert", "o"),
    "unveil": ("assert", "o"),
    "accept": ("confirm", "o"),
    "testify": ("assert", "cq"),
    "hint": ("claim", "c"),
    "signal": ("assert", "c"),
    "rule": ("assert", "c"),
    "learn": ("assert", "c"),
    "know": ("believe", "c"),
    "consider": ("believe", "c"),
    "seem": ("believe", "x"),
    "want": ("intend", "x"),
    "plan": ("intend", "x"),
    "decide": ("intend", "x"),
    "seek": ("demand", "x"),
}

# Reporting nouns, read with their owner and that-clause ("Trump's claim that ...").
NOUN_CUES: dict[str, str] = {
    "claim": "claim", "statement": "assert", "assertion": "claim", "allegation": "accuse", "argument": "claim",
    "warning": "warn", "promise": "promise", "pledge": "promise", "suggestion": "claim", "insistence": "claim",
    "denial": "deny", "belief": "believe", "view": "believe", "contention": "claim", "charge": "accuse",
    "accusation": "accuse", "remark": "assert", "comment": "assert", "prediction": "estimate", "estimate": "estimate",
    "threat": "threaten", "fear": "concern", "concern": "concern", "hope": "believe", "announcement": "assert",
    "admission": "confirm", "confirmation": "confirm", "assurance": "promise", "acknowledgment": "confirm",
}

# spaCy's lemmatizer gets a few of these wrong ("hoped" → "hop"); map what it says to what it means.
LEMMA_FIXES = {"hop": "hope", "criticis": "criticize"}

# Verbs of thinking or wanting: reported only outside another claim's content, because "I think"
# inside a quotation is part of what was said, not a second attribution.
COGNITION = frozenset({"believe", "think", "feel", "agree", "hope", "expect", "worry", "fear", "doubt", "wonder",
                       "know", "consider", "seem", "want", "plan", "decide", "seek"})

# Verbs whose direct object is the addressee, not the content ("told reporters that ...").
ADDRESSEE_VERBS = frozenset({"tell", "ask", "warn", "urge", "inform", "remind", "assure", "encourage"})

# Particles and prepositions that belong to the cue ("called for", "pointed out").
PHRASAL_CUES: dict[tuple[str, str], tuple[str, str]] = {
    ("call", "for"): ("demand", "o"),
    ("call", "on"): ("demand", "x"),
    ("point", "out"): ("assert", "c"),
    ("point", "to"): ("assert", "o"),
    ("speak", "of"): ("assert", "o"),
    ("speak", "about"): ("assert", "o"),
    ("talk", "about"): ("assert", "o"),
    ("warn", "of"): ("warn", "o"),
    ("warn", "against"): ("warn", "o"),
    ("complain", "about"): ("accuse", "o"),
}

# Adverbs that report without a speaker and weaken the claim.
HEDGE_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly", "rumoredly"})
# Lemmas whose passive ("are said to", "is believed to") is a hedged attribution without a speaker.
PASSIVE_HEDGES = frozenset({"say", "report", "believe", "think", "allege", "rumor", "rumour", "claim", "know",
                            "expect", "estimate", "understand"})

# Capitals and seats of power standing for their government when they speak ("Washington said").
# Written by hand: the list is short, and which city is used as a metonym is a journalistic
# convention that no gazetteer records.
METONYMS: dict[str, str] = {
    "washington": "United States",
    "the white house": "United States",
    "white house": "United States",
    "the pentagon": "United States",
    "pentagon": "United States",
    "the kremlin": "Russian government",
    "kremlin": "Russian government",
    "moscow": "Russia",
    "beijing": "China",
    "seoul": "South Korea",
    "pyongyang": "North Korea",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "tokyo": "Japan",
    "london": "United Kingdom",
    "downing street": "United Kingdom",
    "paris": "France",
    "the elysee": "France",
    "berlin": "Germany",
    "tehran": "Iran",
    "jerusalem": "Israel",
    "ankara": "Turkey",
    "new delhi": "India",
    "islamabad": "Pakistan",
    "brussels": "European Union",
    "taipei": "Taiwan",
    "ottawa": "Canada",
    "canberra": "Australia",
    "damascus": "Syria",
    "riyadh": "Saudi Arabia",
    "cairo": "Egypt",
    "minsk": "Belarus",
    "warsaw": "Poland",
    "rome": "Italy",
    "madrid": "Spain",
    "the vatican": "Holy See",
}

# Words before a name that are a title or role, not part of the name ("President Vladimir Putin").
TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president vice prime minister
    premier chancellor secretary senator sen sen. rep rep. representative gov gov. governor mayor
    general gen gen. col col. colonel lt lt. captain capt capt. sgt sgt. admiral adm adm. king queen
    prince princess pope rev rev. father sheikh ambassador judge justice chief leader spokesman
    spokeswoman spokesperson commissioner director chairman chairwoman ceo foreign defense defence
    interior finance state deputy former acting attorney candidate nominee host founder pollster
    analyst professor officer official agent minister's secretary-general u.s. us house senate
    democratic republican gop democrat presidential""".split()
)

# Nouns naming a body (an institution), not a person: a speaker headed by one is "explicit".
INSTITUTIONS = frozenset(
    """government ministry department agency service office committee council commission court
    parliament congress senate house administration campaign company firm party police army military
    navy force forces embassy bureau board union bank fund group organization organisation
    institute center centre university newspaper network channel station regime cabinet kremlin
    secretariat authority authorities command coalition alliance team poll survey study report
    statement spokesperson intelligence""".split()
)

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "it", "its"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
