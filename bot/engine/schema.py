"""The flow file format: pydantic models that a YAML flow must satisfy."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from bot.domain import Urgency

StepKind = Literal["say", "ask", "choose", "upload", "flow"]
VALIDATORS = frozenset({"text", "date", "datetime", "email", "url", "phone", "money", "yes_no", "number"})
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


class ChoiceSpec(_Strict):
    id: str = Field(pattern=ID_PATTERN)
    urgency: Urgency | None = None
    next: str | None = None

    @field_validator("urgency", mode="before")
    @classmethod
    def _urgency(cls, value: Any) -> Any:
        return Urgency.parse(value) if isinstance(value, str) else value


class UploadSpec(_Strict):
    max_files: int = Field(default=10, ge=1, le=50)


class Step(_Strict):
    """One step. Its kind is whichever of say/ask/choose/upload/flow is given."""

    say: bool = False
    ask: str | None = None
    choose: list[ChoiceSpec] | None = None
    upload: UploadSpec | None = None
    flow: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    slot: str | None = Field(default=None, pattern=ID_PATTERN)
    skippable: bool = False
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

    @model_validator(mode="after")
    def _one_kind(self) -> Step:
        kinds = [self.say, self.ask is not None, self.choose is not None, self.upload is not None,
                 self.flow is not None]
        if sum(kinds) != 1:
            raise ValueError("a step is exactly one of: say, ask, choose, upload, flow")
        if self.ask is not None and self.ask not in VALIDATORS:
            raise ValueError(f"unknown validator {self.ask!r}; known: {', '.join(sorted(VALIDATORS))}")
        if self.choose is not None:
            ids = [c.id for c in self.choose]
            if len(ids) != len(set(ids)) or not ids:
                raise ValueError("choices must be unique and there must be at least one")
        if self.end and self.next is not None:
            raise ValueError("a step with `end: true` has no `next`")
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
        return "flow"

    @property
    def waits(self) -> bool:
        """True when the step waits for the person; say and flow steps pass straight on."""
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
