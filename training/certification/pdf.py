"""The house style of every PDF the academy hands out: the certificate and the personal record.

`BrandedPDF` holds what they share — A4 pages, the bundled DejaVu fonts (so any name prints, not
only Latin-1), the brand colours, margins, the brand header, numbered footers and the document's
metadata — so that a change of style is made once. Each document subclasses it with its own layout.
"""

import datetime
import logging
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

FONTS = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVu"
BRAND = (31, 78, 121)  # #1f4e79
INK = (26, 34, 48)
MUTED = (74, 85, 104)
BRAND_NAME = "DATA ETHICS ACADEMY"
AUTHOR = "Data Ethics Academy"

# fpdf2 subsets the fonts with fontTools, which narrates every subset at INFO: a PDF is not news.
logging.getLogger("fontTools").setLevel(logging.WARNING)


class BrandedPDF(FPDF):
    """A4 pages in the house style; subclasses set the layout attributes and draw the content.

    Documents must be reproducible (the same data gives the same bytes), so the creation date is
    always given by the caller rather than taken from the clock.
    """

    orientation = "P"
    margins = (18.0, 18.0, 18.0)  # left, top, right, in mm
    page_break_margin: float | None = 18.0  # None: the layout places everything on one page
    footer_label = ""  # when set: “<label> · page 2/5” at the foot of every page

    def __init__(
        self,
        *,
        title: str,
        created: datetime.datetime,
        subject: str = "",
        compress: bool = True,
    ):
        super().__init__(orientation=self.orientation, unit="mm", format="A4")
        self.add_font(FONT, "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_margins(*self.margins)
        breaks = self.page_break_margin is not None
        self.set_auto_page_break(breaks, margin=self.page_break_margin if breaks else 0)
        self.set_compression(compress)
        self.set_creation_date(created)
        self.set_title(title)
        self.set_author(AUTHOR)
        if subject:
            self.set_subject(subject)

    def brand_header(self, *, size: float, height: float, align: Align | str = Align.L):
        """The academy's name in brand colour, across the width between the margins."""
        self.set_font(FONT, "B", size)
        self.set_text_color(*BRAND)
        self.set_x(self.l_margin)
        self.cell(self.epw, height, BRAND_NAME, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def footer(self):
        if not self.footer_label:
            return
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        self.cell(0, 5, f"{self.footer_label} · page {self.page_no()}/{{nb}}", align="C")


def fitted(pdf: FPDF, text: str, width: float) -> str:
    """Shorten `text` with an ellipsis until it fits `width` in the current font."""
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"
