"""StreamField blocks for lessons and standard pages: leaf blocks first, then the named StreamBlocks."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("key_point", "Key point"), ("tip", "Tip"), ("warning", "Warning")],
        default="key_point",
    )
    title = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=TEXT_FEATURES)

    class Meta:
        icon = "pick"
        template = "content/blocks/callout.html"
        description = "A highlighted key point, tip or warning"
        preview_value = {
            "kind": "key_point",
            "title": "Consent is one basis of six",
            "text": "<p>Most everyday processing rests on contract or legitimate interests.</p>",
        }
        group = "Teaching"


class ScenarioBlock(blocks.StructBlock):
    """A workplace situation with a question; the answer is revealed on request."""

    title = blocks.CharBlock(max_length=120)
    situation = blocks.RichTextBlock(features=TEXT_FEATURES)
    question = blocks.CharBlock(max_length=200, default="What would you do?")
    reveal = blocks.RichTextBlock(
        features=TEXT_FEATURES, help_text="What a good answer looks like, and why."
    )

    class Meta:
        icon = "help"
        template = "content/blocks/scenario.html"
        description = "A realistic situation: “what would you do?”, with a reveal"
        preview_value = {
            "title": "The helpful spreadsheet",
            "situation": "<p>A colleague asks you to email them a full customer export.</p>",
            "question": "What would you do?",
            "reveal": "<p>Ask what they need it for and share only that, through an approved tool.</p>",
        }
        group = "Teaching"


class KeyTakeawaysBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=80, default="Key takeaways")
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "content/blocks/takeaways.html"
        description = "A short list of what to remember"
        preview_value = {
            "title": "Key takeaways",
            "items": ["Know your lawful basis.", "Collect less."],
        }
        group = "Teaching"


class LegalReferenceBlock(blocks.StructBlock):
    instrument = blocks.ChoiceBlock(
        choices=[
            ("GDPR", "GDPR"),
            ("UK GDPR", "UK GDPR"),
            ("CCPA/CPRA", "CCPA/CPRA"),
            ("ePrivacy Directive", "ePrivacy Directive"),
            ("PECR", "PECR"),
        ]
    )
    article = blocks.CharBlock(max_length=60, help_text="For example “Art. 6(1)” or “Recital 26”.")
    summary = blocks.TextBlock(help_text="One or two sentences, in our own words.")
    url = blocks.URLBlock(required=False, help_text="Optional link to the official text.")

    class Meta:
        icon = "doc-full"
        template = "content/blocks/legal_reference.html"
        description = "A law cited by article, summarised in plain words"
        preview_value = {
            "instrument": "GDPR",
            "article": "Art. 33",
            "summary": "Tell the supervisory authority of a breach within 72 hours.",
        }
        group = "Reference"

    def clean(self, value):
        value = super().clean(value)
        if not any(ch.isdigit() for ch in value["article"]):
            raise ValidationError("Name the article or recital by number, e.g. “Art. 6(1)”.")
        return value


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250, help_text="Describe the image for people who cannot see it."
    )
    caption = blocks.CharBlock(max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "content/blocks/image.html"
        description = "An image with alternative text and an optional caption"
        group = "Media"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text="The video's address on an approved video host.")
    caption = blocks.CharBlock(max_length=250, required=False)
    transcript = blocks.RichTextBlock(features=TEXT_FEATURES, required=False)

    class Meta:
        icon = "media"
        template = "content/blocks/video.html"
        description = "An embedded video with caption and transcript"
        group = "Media"


class LessonBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        features=TEXT_FEATURES,
        icon="pilcrow",
        template="content/blocks/text.html",
        description="Paragraphs of lesson text",
        preview_value="<p>Personal data is any information about an identifiable person.</p>",
    )
    callout = CalloutBlock()
    scenario = ScenarioBlock()
    takeaways = KeyTakeawaysBlock()
    legal_reference = LegalReferenceBlock()
    image = CaptionedImageBlock()
    video = VideoBlock()


class StandardBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        features=TEXT_FEATURES, icon="pilcrow", template="content/blocks/text.html"
    )
    callout = CalloutBlock()
    legal_reference = LegalReferenceBlock()
    image = CaptionedImageBlock()
