"""Plain values passed between the stages: what the parser read, what is stored."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

KINDS = ("registration", "change", "cancellation", "question", "auto_reply", "bounce", "other")
STATUSES = ("confirmed", "waitlisted", "cancelled", "needs_review")

# The keys `mailbot parse` prints, in this order (CONTRACT.md §2).
CONTRACT_KEYS = (
    "kind",
    "email",
    "name",
    "organisation",
    "workgroups",
    "party_size",
    "language",
    "bounced_recipient",
    "needs_review",
    "reasons",
)


@dataclass
class Parsed:
    """What one inbound mail says, as a careful coordinator would read it.

    The first block is the contract's `parse` output; the rest is what the
    pipeline needs besides (threading, loop guards, the text for review).
    """

    kind: str = "other"
    email: str | None = None
    name: str | None = None
    organisation: str | None = None
    workgroups: list[str] = field(default_factory=list)
    party_size: int | None = None
    language: str | None = None
    bounced_recipient: str | None = None
    needs_review: bool = False
    reasons: list[str] = field(default_factory=list)

    # --- not in the contract's output -------------------------------------------
    message_id: str | None = None  # with angle brackets, as in the header
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    subject: str = ""
    sender: str | None = None  # the From address, lower-case
    date: str | None = None  # the Date header, ISO 8601 UTC when it parsed
    text: str = ""  # what the writer wrote (quotes, signature removed), for review
    # questions beside a registration or cancellation that touch nothing it depends on
    # (parsing/asides.py): the action goes ahead, the mail stays on the review list for them
    side_questions: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)  # file names
    read_from_attachments: list[str] = field(default_factory=list)  # files whose text was read (forms, cards)
    # loop and abuse signals, decided from headers (RFC 3834)
    auto_submitted: bool = False  # Auto-Submitted other than "no", Precedence bulk, List-*, ...
    own_loop: bool = False  # carries our own loop header or comes from our own address
    dmarc: str | None = None  # dmarc= result from Authentication-Results of our authserv-id
    authenticated: bool = False  # our server's topmost Authentication-Results: a pass for the From domain
    sender_problem: str | None = None  # why the From address is not one mailable address (recipients.py)
    coordinator_command: str | None = None  # STATUS / EXPORT in a coordinator's subject

    def contract_dict(self) -> dict:
        """Exactly the keys CONTRACT.md §2 names, in its order."""
        data = asdict(self)
        return {key: data[key] for key in CONTRACT_KEYS}

    def to_dict(self) -> dict:
        """asdict(self), without its generic deep copy (0.1 ms a mail): the fields are plain values
        and lists of strings; anything else takes asdict's way."""
        data = {}
        for each in fields(self):
            name, value = each.name, getattr(self, each.name)
            if isinstance(value, list):
                if not all(type(item) is str for item in value):
                    return asdict(self)
                value = list(value)
            elif value is not None and type(value) not in (str, int, bool, float):
                return asdict(self)
            data[name] = value
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Parsed":
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Registration:
    """One person's registration (a row of `registrations`), as decide sees it."""

    email: str
    name: str | None = None
    organisation: str | None = None
    party_size: int = 1
    language: str = "de"
    workgroup: str | None = None  # assigned, or waited for when waitlisted
    status: str = "needs_review"
    choices: list[str] = field(default_factory=list)  # as the person stated them, first first
    wanted: str | None = None  # a workgroup they wait for while keeping their current place
    wanted_party_size: int | None = None  # a larger party size they wait for (with `wanted`)
    reasons: list[str] = field(default_factory=list)  # why it needs review
    assigned_by_default: bool = False  # no choice stated: we picked the emptiest workgroup
    created_at: str = ""  # UTC ISO 8601; the waiting-list order
    updated_at: str = ""
    id: int | None = None  # None until stored


@dataclass(frozen=True)
class NoticeKind:
    """What a kind of notice is: who reads it and how it goes out. The one table is NOTICE_TYPES."""

    name: str
    audience: str  # "participant" (a template per language) or "coordinator" (German only)
    answers_mail: bool  # In-Reply-To the mail that caused it (a promotion answers someone else's mail)
    calendar: bool  # carries the event's calendar entry (ics.py)
    auto_generated: bool  # Auto-Submitted: auto-generated, not auto-replied (RFC 3834: no mail caused it)


PARTICIPANT, COORDINATOR = "participant", "coordinator"

NOTICE_TYPES: dict[str, NoticeKind] = {kind.name: kind for kind in (
    #          name                      audience     answers calendar auto-generated
    NoticeKind("confirmation",           PARTICIPANT, True,  True,  False),
    NoticeKind("waitlisted",             PARTICIPANT, True,  False, False),
    NoticeKind("promoted",               PARTICIPANT, False, True,  False),
    NoticeKind("change_confirmed",       PARTICIPANT, True,  True,  False),
    NoticeKind("change_waitlisted",      PARTICIPANT, True,  False, False),
    NoticeKind("already_registered",     PARTICIPANT, True,  False, False),
    NoticeKind("cancellation_confirmed", PARTICIPANT, True,  False, False),
    NoticeKind("registration_closed",    PARTICIPANT, True,  False, False),
    NoticeKind("question",               PARTICIPANT, True,  False, False),
    NoticeKind("confirm_by_reply",       PARTICIPANT, True,  False, False),
    NoticeKind("reminder",               PARTICIPANT, False, True,  True),
    NoticeKind("digest",                 COORDINATOR, False, False, True),
    NoticeKind("status_report",          COORDINATOR, True,  False, False),
    NoticeKind("export",                 COORDINATOR, True,  False, False),
    NoticeKind("flood_alert",            COORDINATOR, False, False, True),
)}

# Views of the table, for the places that ask one question of it.
NOTICE_KINDS = tuple(k for k, t in NOTICE_TYPES.items() if t.audience == PARTICIPANT)  # templates per language
COORDINATOR_KINDS = tuple(k for k, t in NOTICE_TYPES.items() if t.audience == COORDINATOR)
ICS_KINDS = frozenset(k for k, t in NOTICE_TYPES.items() if t.calendar)
AUTO_GENERATED_KINDS = frozenset(k for k, t in NOTICE_TYPES.items() if t.auto_generated)


@dataclass
class Notice:
    """A mail to send, decided but not yet rendered."""

    kind: str  # a key of NOTICE_TYPES
    to: str
    language: str
    registration: Registration | None = None  # the registration it is about (id may still be None)
    in_reply_to: str | None = None  # Message-ID of the mail it answers
    references: list[str] = field(default_factory=list)
    key: str = ""  # with kind, unique: the same notice is never queued twice
    extra: dict = field(default_factory=dict)  # notice-specific template values (plain data)
