"""Golden pages: real pages whose expected output a person has read (fixtures/README.md)."""
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import regen  # noqa: E402

FOLDERS = regen.folders()


def test_there_are_golden_pages():
    assert len(FOLDERS) >= 6


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_golden_page(folder):
    got = regen.outputs(folder)
    for name, text in got.items():
        assert text == (folder / name).read_text(encoding="utf-8"), \
            f"{folder.name}/{name} changed: run python fixtures/regen.py {folder.name} and read the diff"


SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed-capitalfm" / "expected.json"


def test_seed_matches_the_issue():
    """The page the project was born from, field by field as issue 2 spells it out."""
    d = json.loads(SEED.read_text(encoding="utf-8"))
    assert d["headline"] == "Zelensky signals progress in talks with US on peace plan"
    assert d["section"] == "RUSSIA-UKRAINE CONFLICT"
    assert d["summary"].startswith("Zelensky said they had discussed how to ensure that Russia stuck")
    assert d["dateline"] == "LONDON, United Kingdom, Dec 7"
    assert d["published"] is None
    paras = d["body"].split("\n\n")
    assert len(paras) == 23 and len(d["blocks"]) == 23
    assert paras[0].startswith("Ukraine’s President, Volodymyr Zelensky, has said")
    assert paras[1] == d["summary"]
    assert paras[-1] == ("The prospect of ending the war depended on Russia’s readiness to take “steps towards "
                         "de-escalation and cessation of killing”, the statement added.")
    everything = " ".join(str(d[k]) for k in ("headline", "summary", "body"))
    for junk in ("Connect with us", "Hi, what are you looking for?", "/Ukraine_Presidency", "Published",
                 "Click here to connect with us on WhatsApp", "In this article:", "Comments", "More on Capital News",
                 "Ruto hails", "days ago", "CHINA DAILY"):
        assert junk not in everything, junk
