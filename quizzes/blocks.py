"""A question bank is a StreamField of questions; each block and choice keeps a stable id."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class QuestionKind:
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    CHOICES = [
        (SINGLE, "Single choice"),
        (MULTIPLE, "Multiple select"),
        (TRUE_FALSE, "True / false"),
    ]


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    correct = blocks.BooleanBlock(required=False)
    feedback = blocks.CharBlock(
        max_length=300, required=False, help_text="Optional: why this choice is right or wrong."
    )

    class Meta:
        icon = "radio-full"
        label_format = "{text}"


class QuestionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(choices=QuestionKind.CHOICES, default=QuestionKind.SINGLE)
    scenario = blocks.TextBlock(
        required=False, help_text="Optional: the workplace situation the question is about."
    )
    prompt = blocks.CharBlock(max_length=300)
    choices = blocks.ListBlock(ChoiceBlock(), min_num=2, max_num=6)
    explanation = blocks.TextBlock(help_text="Shown after the attempt: why the answer is right.")

    class Meta:
        icon = "help"
        label_format = "{prompt}"
        preview_value = {
            "kind": QuestionKind.SINGLE,
            "prompt": "Which lawful basis fits a delivery address?",
            "choices": [
                {"text": "Contract", "correct": True},
                {"text": "Consent", "correct": False},
            ],
            "explanation": "The address is needed to deliver what the customer bought.",
        }

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        kind = value["kind"]
        message = None
        if kind == QuestionKind.SINGLE and correct != 1:
            message = f"A single-choice question needs exactly one correct choice; this one has {correct}."
        elif kind == QuestionKind.MULTIPLE and correct < 1:
            message = "A multiple-select question needs at least one correct choice."
        elif kind == QuestionKind.TRUE_FALSE and (len(value["choices"]) != 2 or correct != 1):
            message = "A true/false question has exactly two choices, one of them correct."
        if message:
            raise StructBlockValidationError(non_block_errors=[ValidationError(message)])
        return value


class QuestionBankBlock(blocks.StreamBlock):
    question = QuestionBlock()
