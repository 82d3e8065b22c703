#!/usr/bin/env python3
"""Build docs/tea/fresh-leaf-buying-procedure-2029.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "tea", "fresh-leaf-buying-procedure-2029.docx")
STAMP = (2029, 2, 5, 0, 0, 0)

BODY = [
    para("Fresh Leaf Buying Procedure (2029 season)", "Heading1"),
    para("Yadanar Moe Co., Ltd. \u00b7 Namhsan Tea Site \u00b7 TEA-01 \u00b7 2029 edition"),
    para("Approved on 05/02/2029 by U Aung Kyaw Moe, Director, Tea Business. This procedure is for the Site Manager, "
         "the Buying Supervisor, every leaf buyer and every driver at the Namhsan collection points, including "
         "staff who come up from Yangon for the season. The Site Manager, U Sai Kham Leng (ext 302), keeps it."),
    para("1. Season and collection points", "Heading2"),
    para("The 2029 buying season runs from 01/03/2029 to 15/06/2029. No fresh leaf is bought from 13/04/2029 to "
         "17/04/2029 (Thingyan). Prices for each grade are in the Tea Leaf Prices 2029 table."),
    table([
        ["Collection point", "Buying days", "Buying hours", "Leaf leaves for the site by"],
        ["Loi Seng", "Monday, Wednesday, Friday", "07:00 \u2013 13:00", "14:00"],
        ["Man Kham", "Tuesday, Thursday, Saturday", "07:00 \u2013 13:00", "14:00"],
        ["Pang Nim (new in 2029)", "Monday to Saturday", "07:00 \u2013 13:00", "14:00"],
        ["Namhsan site gate", "Every day", "07:00 \u2013 17:00", "Goes straight to the steamers"],
    ]),
    para("2. Before buying starts each day", "Heading2"),
    para("Step 1. Check the LeafBook scale with the 1 viss test weight every morning before the first grower. If "
         "it is more than 2 ticals out, do not buy; phone the Buying Supervisor."),
    para("Step 2. Sign out the cash box at the site office. One buyer carries no more than 3,000,000 Ks in cash "
         "for one day. Two staff always travel together with the cash."),
    para("Step 3. Make sure the LeafBook tablet is charged and has synced the price list for the day."),
    para("3. Checking the leaf", "Heading2"),
    para("Buy only leaf that was picked within 6 hours before it reaches the collection point. Leaf picked in the "
         "rain, leaf that is hot in the bag, yellow leaf and leaf mixed with stems or stones is not bought; tell "
         "the grower why and write the reason in LeafBook. Keep bought leaf in the shade in open bamboo baskets, "
         "never in closed plastic sacks."),
    para("4. Weighing and paying growers", "Heading2"),
    para("Weigh the leaf in the grower's basket and take off the basket weight. LeafBook shows the grade, the "
         "weight in viss and the amount. Pay the grower on the same day, in cash or by KBZPay as the grower wants. "
         "The grower signs the LeafBook receipt; a grower who cannot sign gives a thumbprint, and the buyer takes "
         "a photo of it."),
    para("5. Pre-season advances", "Heading2"),
    para("A grower family that sold to YMC last season can get a pre-season advance of up to 200,000 Ks against "
         "its leaf. The Site Manager approves every advance. It is taken back from the leaf payments in the first "
         "four weeks of the season, never more than half of any one payment."),
    para("6. Getting the leaf to the site", "Heading2"),
    para("The site truck collects the leaf and the buyers. Steaming must start within 3 hours of the leaf arriving "
         "at the site. The shift leader in the processing shed writes the arrival time and the steaming time in "
         "LeafBook."),
    para("7. Cash at the end of the day", "Heading2"),
    para("Bring unused cash back to the site office by 17:00 on the same day. The Buying Supervisor, Nang Hseng "
         "Noom (ext 305), counts it with the buyer against LeafBook. A difference of more than 10,000 Ks is "
         "reported to the Site Manager the same day. Never tell anyone outside the team how much cash you carry "
         "or which road you take."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Fresh Leaf Buying Procedure (2029 season)",
             creator="Director, Tea Business", created="2029-02-05"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
