"""The command line through Click's CliRunner: inputs, outputs, formats, errors, exit codes."""
import gzip
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from pagecleaner import __version__
from pagecleaner.cli import main
from pagecleaner.pipeline import filter_names

SEED = Path("fixtures/seed-capitalfm/input.txt")


@pytest.fixture
def runner():
    return CliRunner()


def test_file_to_markdown_on_stdout(runner):
    r = runner.invoke(main, ["clean", str(SEED)])
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("# Zelensky signals progress in talks with US on peace plan\n")
    assert r.stderr == ""


def test_stdin_to_stdout(runner):
    r = runner.invoke(main, ["clean", "-", "--format", "text"], input=SEED.read_bytes())
    assert r.exit_code == 0
    assert r.stdout.startswith("Ukraine’s President, Volodymyr Zelensky, has said")
    assert "Connect with us" not in r.stdout


def test_json_and_jsonl(runner):
    d = json.loads(runner.invoke(main, ["clean", str(SEED), "--format", "json"]).stdout)
    assert d["source"] == str(SEED) and d["input"] == "text" and "removed" not in d
    line = runner.invoke(main, ["clean", str(SEED), "-f", "jsonl"]).stdout
    assert line.count("\n") == 1 and json.loads(line) == d


def test_keep_removed_and_explain_add_the_removed_list(runner):
    for flag in ("--keep-removed", "--explain"):
        d = json.loads(runner.invoke(main, ["clean", str(SEED), "-f", "json", flag]).stdout)
        first = d["removed"][0]
        assert first == {"line": 1, "text": "Connect with us", "filter": "social_prompt",
                         "reason": "social or app prompt ('Connect with us')"}


def test_explain_lists_every_block(runner):
    r = runner.invoke(main, ["clean", str(SEED), "--explain"])
    rows = [line.split("\t") for line in r.stdout.splitlines()]
    assert len(rows) == sum(1 for line in SEED.read_text().splitlines() if line.strip()) + 1   # + the dateline split
    assert rows[0][:2] == ["1", "removed by social_prompt"]
    assert ["9", "kept as headline"] == rows[4][:2]
    assert any(r_[1] == "kept as dateline" for r_ in rows)


def test_output_file_is_written_atomically(runner, tmp_path):
    out = tmp_path / "sub" / "page.md"
    r = runner.invoke(main, ["clean", str(SEED), "-o", str(out)])
    assert r.exit_code == 0 and r.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# Zelensky")
    assert [p.name for p in out.parent.iterdir()] == ["page.md"]     # no temp file left behind


def test_output_dash_is_stdout(runner, tmp_path, monkeypatch):
    """`-o -` as curl and wget read it: standard output, not a file named "-"."""
    seed = SEED.resolve()
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(main, ["clean", str(seed), "-o", "-"])
    assert r.exit_code == 0 and r.stdout.startswith("# Zelensky") and list(tmp_path.iterdir()) == []


def test_input_is_never_overwritten(runner, tmp_path):
    src = tmp_path / "page.txt"
    src.write_bytes(SEED.read_bytes())
    r = runner.invoke(main, ["clean", str(src), "-o", str(src)])
    assert r.exit_code == 1 and "refusing to overwrite the input" in r.stderr
    assert src.read_bytes() == SEED.read_bytes()


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("setup,message", [
    (lambda d: str(d / "missing.txt"), "no such file"),
    (lambda d: (os.mkfifo(d / "fifo.txt"), str(d / "fifo.txt"))[1], "is not a regular file"),   # would block
    (lambda d: _write(d / "x.png", b"\x89PNG\r\n\x1a\n" + bytes(100)), "not a text or HTML page"),
    (lambda d: _write(d / "cut.html.gz", gzip.compress(b"<p>" + bytes(range(256)) * 40)[:60]), "broken gzip file"),
    (lambda d: _write(d / "bomb.txt.gz", gzip.compress(bytes(201 * 2**20))), "unpacks to more than 200 MB"),
    (lambda d: _write(d / "png.gz", gzip.compress(b"\x89PNG\r\n\x1a\n" + bytes(100))), "not a text or HTML page"),
])
def test_bad_input_is_one_line_and_exit_1(runner, tmp_path, setup, message):
    r = runner.invoke(main, ["clean", setup(tmp_path)])
    assert r.exit_code == 1
    assert message in r.stderr and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert r.stdout == ""


def test_a_gzip_compressed_page_is_unpacked(runner, tmp_path):
    """A crawler's 'page.html.gz' (or a compressed page on stdin) is read as the page inside it."""
    packed = _write(tmp_path / "seed.txt.gz", gzip.compress(SEED.read_bytes()))
    r = runner.invoke(main, ["clean", packed])
    assert r.exit_code == 0 and r.stdout == runner.invoke(main, ["clean", str(SEED)]).stdout
    r = runner.invoke(main, ["clean", "-", "-f", "json"], input=gzip.compress(SEED.read_bytes()))
    assert json.loads(r.stdout)["headline"].startswith("Zelensky signals progress")


def test_empty_file_warns_and_exits_0(runner, tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    r = runner.invoke(main, ["clean", str(tmp_path / "e.txt"), "-f", "json"])
    assert r.exit_code == 0 and "empty page" in r.stderr
    assert json.loads(r.stdout)["body"] == ""


def test_undecodable_bytes_are_decoded_not_fatal(runner, tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(("Caf\xe9 owners said the new rules, which take effect in March, would cost them dearly "
                   "and force several of them to close before the summer.\n").encode("latin-1") * 3)
    r = runner.invoke(main, ["clean", str(p), "-f", "text"])
    assert r.exit_code == 0 and "Café owners" in r.stdout


def test_usage_errors_exit_2(runner):
    assert runner.invoke(main, ["clean", str(SEED), "--format", "pdf"]).exit_code == 2
    r = runner.invoke(main, ["clean", str(SEED), "--disable", "no_such_filter"])
    assert r.exit_code == 2 and "unknown filter" in r.stderr


def test_disable_and_config_file(runner, tmp_path):
    r = runner.invoke(main, ["clean", str(SEED), "-f", "json", "--explain", "--disable", "social_prompt"])
    assert all(x["filter"] != "social_prompt" for x in json.loads(r.stdout)["removed"])
    cfg = tmp_path / "c.toml"
    cfg.write_text('[filters]\ndisable = ["relative_time"]\n[phrases]\nsocial_prompt = ["in engaged in"]\n')
    d = json.loads(runner.invoke(main, ["clean", str(SEED), "-f", "json", "--explain", "--config", str(cfg)]).stdout)
    assert all(x["filter"] != "relative_time" for x in d["removed"])
    bad = tmp_path / "bad.toml"
    bad.write_text("[filters\n")
    r = runner.invoke(main, ["clean", str(SEED), "--config", str(bad)])
    assert r.exit_code == 2 and "not valid TOML" in r.stderr


def test_html_is_sniffed_and_input_overrides(runner, tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><body><article><h1>Budget passes</h1>" + "".join(
        f"<p>Paragraph {i}: the council voted on Tuesday to approve the budget, which raises spending on "
        f"schools and roads.</p>" for i in range(4)) + "</article></body></html>")
    d = json.loads(runner.invoke(main, ["clean", str(page), "-f", "json"]).stdout)
    assert d["input"] == "html" and d["headline"] == "Budget passes" and "<p>" not in d["body"]
    d = json.loads(runner.invoke(main, ["clean", str(page), "-f", "json", "--input", "text"]).stdout)
    assert d["input"] == "text"


def test_filters_and_version(runner):
    r = runner.invoke(main, ["filters"])
    assert [line.split()[0] for line in r.stdout.splitlines()] == filter_names()
    assert runner.invoke(main, ["--version"]).stdout.strip() == f"pagecleaner, version {__version__}"


def test_every_command_and_option_has_help(runner):
    for name, cmd in main.commands.items():
        assert cmd.help, name
        for p in cmd.params:
            if hasattr(p, "help") and p.param_type_name == "option":
                assert p.help, f"{name} {p.name}"


def _bug_on(monkeypatch, marker: bytes) -> None:
    """Make cleaning a page that holds `marker` raise what a bug of ours would (TypeError)."""
    import pagecleaner.batch
    import pagecleaner.cli
    real = pagecleaner.batch.clean

    def clean(data, *args, **kwargs):
        if marker in (data if isinstance(data, bytes) else data.encode()):
            raise TypeError("'Step' object is not callable")
        return real(data, *args, **kwargs)

    monkeypatch.setattr(pagecleaner.batch, "clean", clean)
    monkeypatch.setattr(pagecleaner.cli, "clean", clean)
    monkeypatch.delenv("PAGECLEANER_TRACEBACK", raising=False)


def test_a_bug_on_a_page_is_one_line_and_its_own_exit_status(runner, monkeypatch, tmp_path):
    _bug_on(monkeypatch, b"Zelensky")
    r = runner.invoke(main, ["clean", str(SEED)])
    assert r.exit_code == 70 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert f"{SEED}: internal error (TypeError: 'Step' object is not callable); a bug" in r.stderr
    # whoever fixes it asks for the traceback
    monkeypatch.setenv("PAGECLEANER_TRACEBACK", "1")
    r = runner.invoke(main, ["clean", str(SEED)])
    assert isinstance(r.exception, TypeError)


def test_a_batch_goes_on_past_a_page_that_trips_a_bug(runner, monkeypatch, tmp_path):
    _bug_on(monkeypatch, b"BOOM")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("A page\n\nBOOM goes this page, which trips the bug.\n")
    (src / "b.txt").write_bytes(SEED.read_bytes())
    r = runner.invoke(main, ["clean", str(src), "-o", str(tmp_path / "out"), "--jobs", "1"])
    assert r.exit_code == 1
    assert (tmp_path / "out" / "b.md").read_text().startswith("# Zelensky signals progress")
    assert not (tmp_path / "out" / "a.md").exists()
    assert "a.txt: internal error (TypeError" in r.stderr and "2 files, 1 cleaned, 1 failed" in r.stderr
