"""The flow file format: pydantic models that a YAML flow must satisfy."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.domain import Urgency

StepKind = Literal["say", "ask", "choose", "upload", "flow", "review"]
VALIDATORS = frozenset({"text", "date", "datetime", "email", "url", "phone", "money", "yes_no", "number"})
# Validators whose answer may hold a guess (`Valid.confirm`: a phone number's country taken from the person's
# region): the engine asks "Did you mean …?" (`guess-<validator>`) before keeping it, and after a "no" asks
# again with a hint (`guess-<validator>-retry`); every locale must have both (bot/services/texts.py).
GUESSING_VALIDATORS = frozenset({"phone"})
ID_PATTERN = r"^[a-z][a-z0-9_]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Condition(_Strict):
    """A test on the answers so far. Exactly one form is used per condition."""

    slot: str | None = None
    eq: Any = None
    in_: list[Any] | None = Field(default=None, alias="in")
    answered: bool | None = None
    urgency_at_least: Urgency | None = None
    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Condition | None = Field(default=None, alias="not")

    @field_validator("urgency_at_least", mode="before")
    @classmethod
    def _urgency(cls, value: Any) -> Any:
        return Urgency.parse(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _one_form(self) -> Condition:
        slot_tests = [self.eq is not None, self.in_ is not None, self.answered is not None]
        forms = [
            self.slot is not None,
            self.urgency_at_least is not None,
            self.all is not None,
            self.any is not None,
            self.not_ is not None,
        ]
        if sum(forms) != 1:
            raise ValueError("a condition needs exactly one of: slot, urgency_at_least, all, any, not")
        if self.slot is not None and sum(slot_tests) != 1:
            raise ValueError(f"condition on slot {self.slot!r} needs exactly one of: eq, in, answered")
        if self.slot is None and any(slot_tests):
            raise ValueError("eq, in and answered need a slot")
        return self


class Branch(_Strict):
    """One entry of an ordered `next` list: the first whose `if` holds (or that has none) wins."""

    if_: Condition | None = Field(default=None, alias="if")
    goto: str


YesNo = Literal["yes", "no"]


class ChoiceSpec(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    urgency: Urgency | None = None
    next: str | None = None
    # Typing the locale's word for yes (or no) picks this choice ("oui", "так", "نعم" for "Yes, continue").
    # A choice whose id is "yes" or "no" means that without saying so.
    means: YesNo | None = None

    @field_validator("urgency", mode="before")
    @classmethod
    def _urgency(cls, value: Any) -> Any:
        return Urgency.parse(value) if isinstance(value, str) else value

    @field_validator("means", mode="before")
    @classmethod
    def _yes_no(cls, value: Any) -> Any:
        # YAML 1.1 reads an unquoted yes/no as a boolean
        return {True: "yes", False: "no"}.get(value, value) if isinstance(value, bool) else value

    @property
    def meaning(self) -> YesNo | None:
        if self.means is not None:
            return self.means
        return "yes" if self.id == "yes" else "no" if self.id == "no" else None


class UploadSpec(_Strict):
    max_files: int = Field(default=10, ge=1, le=50)


class Step(_Strict):
    """One step. Its kind is whichever of say/ask/choose/upload/flow/review is given."""

    say: bool = False
    ask: str | None = None
    choose: list[ChoiceSpec] | None = None
    upload: UploadSpec | None = None
    flow: str | None = None
    # The answers so far (these slots, in this order, those the person was asked) with "confirm" (go on to
    # `next`) and "edit" (pick one answer, answer it again, come back here).
    review: list[str] | None = None
    # On a `say` step: answers this step gives on the person's behalf, {slot: choice id} (an address that was
    # skipped: "contact me here"). The slot must be a choice's, and the summary shows the choice.
    set_: dict[str, str] | None = Field(default=None, alias="set")
    params: dict[str, Any] = Field(default_factory=dict)
    slot: str | None = Field(default=None, pattern=ID_PATTERN)
    # true: a "Skip" button from the start; unset: offered after three answers the bot cannot read, where
    # skipping leads somewhere; false: never (the person must answer, e.g. consent)
    skippable: bool | None = None
    urgency: Urgency | None = None
    open_case: bool = False
    next: str | list[Branch] | None = None
    end: bool = False

    @field_validator("choose", mode="before")
    @classmethod
    def _short_choices(cls, value: Any) -> Any:
        # `choose: [yes, no]` is shorthand for `choose: [{id: yes}, {id: no}]`
        if isinstance(value, list):
            return [{"id": item} if isinstance(item, str) else item for item in value]
        return value

    @field_validator("urgency", mode="before")
    @classmethod
    def _urgency(cls, value: Any) -> Any:
        return Urgency.parse(value) if isinstance(value, str) else value

    @field_validator("set_", mode="before")
    @classmethod
    def _set_yes_no(cls, value: Any) -> Any:
        # YAML 1.1 reads an unquoted yes/no as a boolean: `set: {ongoing: no}` means the choice "no"
        if isinstance(value, dict):
            return {k: {True: "yes", False: "no"}[v] if isinstance(v, bool) else v for k, v in value.items()}
        return value

    @model_validator(mode="after")
    def _one_kind(self) -> Step:
        kinds = [self.say, self.ask is not None, self.choose is not None, self.upload is not None,
                 self.flow is not None, self.review is not None]
        if sum(kinds) != 1:
            raise ValueError("a step is exactly one of: say, ask, choose, upload, flow, review")
        if self.ask is not None and self.ask not in VALIDATORS:
            raise ValueError(f"unknown validator {self.ask!r}; known: {', '.join(sorted(VALIDATORS))}")
        if self.choose is not None:
            ids = [c.id for c in self.choose]
            if len(ids) != len(set(ids)) or not ids:
                raise ValueError("choices must be unique and there must be at least one")
        if self.review is not None:
            if not self.review or len(self.review) != len(set(self.review)):
                raise ValueError("review lists each answer once, and at least one")
            if self.skippable:
                raise ValueError("a review cannot be skipped")
        if self.end and self.next is not None:
            raise ValueError("a step with `end: true` has no `next`")
        if self.set_ is not None and (not self.say or not self.set_):
            raise ValueError("`set` belongs on a `say` step and names at least one answer")
        return self

    @property
    def kind(self) -> StepKind:
        if self.say:
            return "say"
        if self.ask is not None:
            return "ask"
        if self.choose is not None:
            return "choose"
        if self.upload is not None:
            return "upload"
        if self.review is not None:
            return "review"
        return "flow"

    @property
    def waits(self) -> bool:
        """True when the step waits for the person; say and flow steps pass straight on."""
        return self.kind in ("ask", "choose", "upload", "review")

    @property
    def guesses(self) -> bool:
        """True for a question whose answer may hold a guess that the person confirms."""
        return self.ask in GUESSING_VALIDATORS

    @property
    def asks(self) -> bool:
        """True for a question whose answer is kept (and shown in a review): ask, choose, upload."""
        return self.kind in ("ask", "choose", "upload")

    def choice(self, choice_id: str) -> ChoiceSpec | None:
        return next((c for c in self.choose or () if c.id == choice_id), None)


class Flow(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    description: str = Field(min_length=10)
    start: str
    steps: dict[str, Step]

    @field_validator("steps")
    @classmethod
    def _step_ids(cls, steps: dict[str, Step]) -> dict[str, Step]:
        import re

        bad = [name for name in steps if not re.match(ID_PATTERN, name)]
        if bad:
            raise ValueError(f"step ids must be lower_snake_case: {', '.join(bad)}")
        return steps

    def slot_of(self, step_id: str) -> str:
        step = self.steps[step_id]
        return step.slot or step_id
