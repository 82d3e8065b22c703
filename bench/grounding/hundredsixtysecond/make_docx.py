#!/usr/bin/env python3
"""Build docs/people/learning-and-development-policy.docx with zipfile only (fixed timestamps, reproducible)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the corpus
sys.path.insert(0, os.path.dirname(HERE))
from docx_package import core, document, para, styles, table, write_docx  # noqa: E402

OUT = os.path.join(HERE, "docs", "people", "learning-and-development-policy.docx")
STAMP = (2033, 2, 20, 0, 0, 0)

BODY = [
    para("Learning and Development Policy", "Heading1"),
    para("Quillstack \u00b7 Learning and Development \u00b7 LD-01 \u00b7 Version 1"),
    para("Effective 1 March 2033. Owner: Hannah Brooks, Head of Learning and Development (ext. 2005). This policy "
         "applies to every employee of every Quillstack entity, part-time colleagues included. Interns and "
         "contractors are not covered."),
    para("1. Your learning budget", "Heading2"),
    table([
        ["Region", "Entity", "Learning budget per year", "Manager approval needed above"],
        ["United States", "Quillstack, Inc.", "$2,000", "$750"],
        ["United Kingdom", "Quillstack Software Ltd", "\u00a31,500", "\u00a3600"],
        ["Germany", "Quillstack GmbH", "\u20ac1,700", "\u20ac700"],
        ["India", "Quillstack Technologies Private Limited", "\u20b990,000", "\u20b935,000"],
        ["Canada", "Quillstack Software Canada Ltd.", "C$2,500", "C$950"],
    ]),
    para("The budget runs from 1 January to 31 December and does not carry over into the next year. If you join "
         "during the year, you get one twelfth of the yearly amount for each full month left in the year. "
         "Part-time colleagues get the full amount."),
    para("2. Learning days", "Heading2"),
    para("You have 5 learning days a year: paid working days to spend on a course, a conference or study. Book "
         "them in Harbor as \u201cLearning day\u201d at least 1 week ahead. Learning days do not carry over."),
    para("3. What the budget covers", "Heading2"),
    para("Courses online or in person, e-learning subscriptions, books and audiobooks, conference tickets, "
         "certification exams with one paid retake of each exam, coaching from a coach approved by Learning and "
         "Development, and lessons in the language of the country of your entity (for example German for "
         "Quillstack GmbH employees)."),
    para("Travel and hotels for a conference are not paid from the learning budget: they come from your team\u2019s "
         "travel budget under the Travel and Expense Policy. The budget does not pay for degree programmes, "
         "software licences for your own projects or memberships unrelated to your work."),
    para("4. How to request learning", "Heading2"),
    para("Step 1. In Campus, go to Requests > New request. Add the link, the price and a sentence on how it "
         "helps your work."),
    para("Step 2. If the price is above the approval amount in the table, your manager approves the request "
         "in Campus. Below it, the request is approved automatically."),
    para("Step 3. Pay with your Quill card if you have one. Otherwise pay yourself and claim it in Tally within "
         "30 days, attaching the receipt and the Campus request number."),
    para("Step 4. When you have finished, add your certificate or a short review in Campus so that colleagues "
         "can find the good courses."),
    para("5. If you leave Quillstack", "Heading2"),
    para("If you resign within 6 months of finishing a course or certification that cost more than $1,500, "
         "\u00a31,200, \u20ac1,350, \u20b970,000 or C$1,900, you pay back 50% of its cost from your final pay. "
         "Nothing is paid back if Quillstack ends your employment."),
    para("6. Quill Mentors", "Heading2"),
    para("Quill Mentors pairs colleagues across teams and countries for 6 months. New cohorts start in March and "
         "September; sign up in Campus by the 15th of the month before."),
    para("Questions: #learning, learning@quillstack.io or Hannah Brooks."),
]


def main():
    write_docx(
        OUT,
        STAMP,
        document(BODY, page=(11906, 16838), margin=1440),
        styles(font="Calibri", size=22, lang="en-GB"),
        core(title="Learning and Development Policy, LD-01 version 1",
             creator="Learning and Development", created="2033-02-20"),
    )
    print("wrote", os.path.relpath(OUT, HERE))


if __name__ == "__main__":
    main()
