"""Batch mode through the CLI: folders, globs, --files-from, order, exit codes, atomic writes, no overwrite."""
import gzip
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from pagecleaner import batch, cli
from pagecleaner.cli import main

FIXTURES = Path("fixtures")
PAGES = ["seed-capitalfm", "techcrunch", "sciencealert", "deccanherald"]


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def pages(tmp_path):
    """pages/a-seed.txt, pages/b-techcrunch.txt, pages/sub/c-sciencealert.txt, pages/sub/d-deccanherald.txt"""
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    for i, name in enumerate(PAGES):
        where = root / "sub" if i >= 2 else root
        shutil.copy(FIXTURES / name / "input.txt", where / f"{'abcd'[i]}-{name}.txt")
    return root


def tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_folder_is_mirrored_as_markdown(runner, pages, tmp_path):
    """`pagecleaner clean pages/ -o clean/` as the README gives it: no --format, Markdown files in a folder."""
    out = tmp_path / "clean"
    r = runner.invoke(main, ["clean", str(pages), "-o", str(out), "--jobs", "1"])
    assert r.exit_code == 0, r.stderr
    assert r.stdout == ""
    assert tree(out) == ["a-seed-capitalfm.md", "b-techcrunch.md", "sub/c-sciencealert.md", "sub/d-deccanherald.md"]
    assert (out / "a-seed-capitalfm.md").read_text(encoding="utf-8").startswith("# Zelensky signals progress")
    assert "4 files, 4 cleaned, 0 failed" in r.stderr


def test_gzip_compressed_pages_in_a_folder_are_cleaned_under_their_own_names(runner, pages, tmp_path):
    packed = pages / "a-seed-capitalfm.txt"
    (pages / "e-seed.txt.gz").write_bytes(gzip.compress(packed.read_bytes()))
    out = tmp_path / "clean"
    r = runner.invoke(main, ["clean", str(pages), "-o", str(out), "--jobs", "1"])
    assert r.exit_code == 0, r.stderr
    assert (out / "e-seed.md").read_bytes() == (out / "a-seed-capitalfm.md").read_bytes()
    assert "5 files, 5 cleaned, 0 failed" in r.stderr


def test_json_format_writes_json_files(runner, pages, tmp_path):
    out = tmp_path / "clean"
    r = runner.invoke(main, ["clean", str(pages), "-o", str(out), "--format", "json", "--jobs", "1"])
    assert r.exit_code == 0
    assert json.loads((out / "sub" / "c-sciencealert.json").read_text(encoding="utf-8"))["input"] == "text"


def test_jsonl_on_stdout_one_object_per_page_in_a_stable_order(runner, pages):
    r = runner.invoke(main, ["clean", str(pages), "--jobs", "1"])        # jsonl is the batch default on stdout
    assert r.exit_code == 0, r.stderr
    got = records(r.stdout)
    assert [Path(d["source"]).name for d in got] == \
        ["a-seed-capitalfm.txt", "b-techcrunch.txt", "c-sciencealert.txt", "d-deccanherald.txt"]
    assert got[0]["headline"] == "Zelensky signals progress in talks with US on peace plan"


def test_two_workers_give_the_same_output_as_one(runner, pages):
    one = runner.invoke(main, ["clean", str(pages), "--jobs", "1"])
    two = runner.invoke(main, ["clean", str(pages), "--jobs", "2"])
    assert two.exit_code == 0 and two.stdout == one.stdout


def test_globs_and_several_paths(runner, pages, tmp_path):
    (pages / "notes.html").write_text("<html><body><p>Only a note here.</p></body></html>", encoding="utf-8")
    r = runner.invoke(main, ["clean", str(pages / "**" / "*.txt"), "--jobs", "1"])
    assert [Path(d["source"]).name for d in records(r.stdout)] == \
        ["a-seed-capitalfm.txt", "b-techcrunch.txt", "c-sciencealert.txt", "d-deccanherald.txt"]
    r = runner.invoke(main, ["clean", str(pages / "sub"), str(pages / "notes.html"), "--jobs", "1"])
    assert [Path(d["source"]).name for d in records(r.stdout)] == \
        ["c-sciencealert.txt", "d-deccanherald.txt", "notes.html"]
    out = tmp_path / "g"
    r = runner.invoke(main, ["clean", str(pages / "**" / "*.txt"), "-o", str(out), "-f", "markdown", "--jobs", "1"])
    assert tree(out) == ["a-seed-capitalfm.md", "b-techcrunch.md", "sub/c-sciencealert.md", "sub/d-deccanherald.md"]


def test_files_from_a_file_and_from_stdin(runner, pages, tmp_path):
    listing = f"{pages / 'sub' / 'd-deccanherald.txt'}\n{pages / 'a-seed-capitalfm.txt'}\n"
    (tmp_path / "list.txt").write_text(listing, encoding="utf-8")
    r = runner.invoke(main, ["clean", "--files-from", str(tmp_path / "list.txt"), "--jobs", "1"])
    assert [Path(d["source"]).name for d in records(r.stdout)] == ["d-deccanherald.txt", "a-seed-capitalfm.txt"]
    r = runner.invoke(main, ["clean", "--files-from", "-", "--jobs", "1"], input=listing)
    assert r.exit_code == 0 and len(records(r.stdout)) == 2


def test_a_bad_file_is_reported_and_the_batch_goes_on(runner, pages, tmp_path):
    (pages / "aa-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    out = tmp_path / "clean"
    r = runner.invoke(main, ["clean", str(pages), "-o", str(out), "-f", "markdown", "--jobs", "1"])
    assert r.exit_code == 1
    assert "pagecleaner: error:" in r.stderr and "aa-image.txt: not a text or HTML page" in r.stderr
    assert "Traceback" not in r.stderr
    assert len(tree(out)) == 4 and "aa-image.md" not in tree(out)
    assert "5 files, 4 cleaned, 1 failed" in r.stderr


def test_fail_fast_stops_at_the_first_failure(runner, pages):
    (pages / "a-aa-broken.txt").write_bytes(bytes(range(256)) * 4)
    r = runner.invoke(main, ["clean", str(pages), "--jobs", "1", "--fail-fast"])
    assert r.exit_code == 1 and r.stdout == ""
    assert "1 failed" in r.stderr


def test_skip_existing_resumes_a_run(runner, pages, tmp_path):
    out = tmp_path / "clean"
    (out / "sub").mkdir(parents=True)
    (out / "sub" / "c-sciencealert.md").write_text("done before\n", encoding="utf-8")
    r = runner.invoke(main, ["clean", str(pages), "-o", str(out), "-f", "markdown", "--jobs", "1", "--skip-existing"])
    assert r.exit_code == 0
    assert (out / "sub" / "c-sciencealert.md").read_text(encoding="utf-8") == "done before\n"
    assert len(tree(out)) == 4
    assert "3 cleaned, 0 failed, 1 skipped" in r.stderr


def test_output_inside_the_input_tree_is_neither_read_nor_overwriting(runner, pages):
    before = {p: p.read_bytes() for p in pages.rglob("*.txt")}
    out = pages / "clean"
    for _ in range(2):                      # the second run must not read the first run's outputs as pages
        r = runner.invoke(main, ["clean", str(pages), "-o", str(out), "-f", "text", "--jobs", "1"])
        assert r.exit_code == 0, r.stderr
        assert "4 files" in r.stderr
    assert {p: p.read_bytes() for p in before} == before
    assert tree(out) == ["a-seed-capitalfm.txt", "b-techcrunch.txt", "sub/c-sciencealert.txt",
                         "sub/d-deccanherald.txt"]


def test_text_output_next_to_the_input_is_refused(runner, pages):
    original = (pages / "a-seed-capitalfm.txt").read_bytes()
    r = runner.invoke(main, ["clean", str(pages), "-o", str(pages), "-f", "text", "--jobs", "1"])
    assert r.exit_code == 1 and "refusing to overwrite the input" in r.stderr
    assert (pages / "a-seed-capitalfm.txt").read_bytes() == original


def test_an_output_never_replaces_another_input_of_the_batch(runner, pages):
    # x.html's text output is x.txt, which is an input too; x.txt's Markdown output would be x.md, an input too
    shutil.copy(FIXTURES / "html-skynews" / "input.html", pages / "a-seed-capitalfm.html")
    shutil.copy(FIXTURES / "markdown-firecrawl" / "input.txt", pages / "b-techcrunch.md")
    before = {p: p.read_bytes() for p in pages.rglob("*") if p.is_file()}
    for fmt in ("text", "markdown"):
        r = runner.invoke(main, ["clean", str(pages), "-o", str(pages), "-f", fmt, "--jobs", "1"])
        assert r.exit_code == 1 and "is another input of this batch; refusing to overwrite it" in r.stderr
    assert {p: p.read_bytes() for p in before} == before


def test_a_folder_of_markdown_pages_is_read(runner, tmp_path):
    # what Firecrawl or Jina Reader save: page.md
    (tmp_path / "in").mkdir()
    shutil.copy(FIXTURES / "markdown-firecrawl" / "input.txt", tmp_path / "in" / "lifeboat.md")
    r = runner.invoke(main, ["clean", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--jobs", "1"])
    assert r.exit_code == 0, r.stderr
    assert (tmp_path / "out" / "lifeboat.md").read_text().startswith("# Lifeboat crew rescues two kayakers")


def test_outputs_cannot_escape_the_folder_through_a_link(runner, pages, tmp_path):
    out, outside = tmp_path / "clean", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    os.symlink(outside, out / "sub")
    r = runner.invoke(main, ["clean", str(pages), "-o", str(out), "-f", "markdown", "--jobs", "1"])
    assert r.exit_code == 1 and "would leave" in r.stderr
    assert list(outside.iterdir()) == []
    assert (out / "a-seed-capitalfm.md").exists()


def test_a_batch_to_output_dash_streams_jsonl(runner, pages, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = runner.invoke(main, ["clean", str(pages), "-o", "-", "--jobs", "1"])
    assert r.exit_code == 0 and len(records(r.stdout)) == 4 and not (tmp_path / "-").exists()


def test_jsonl_to_one_file(runner, pages, tmp_path):
    out = tmp_path / "all.jsonl"
    r = runner.invoke(main, ["clean", str(pages), "-o", str(out), "--jobs", "1"])
    assert r.exit_code == 0 and r.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 4
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_stats_quiet_and_empty_folders(runner, pages, tmp_path):
    r = runner.invoke(main, ["clean", str(pages), "--jobs", "1", "--stats"])
    stats = dict(line.split("\t") for line in r.stderr.splitlines() if "\t" in line)
    assert int(stats["nav_run"]) > 0 and int(stats["main_text"]) > 0
    r = runner.invoke(main, ["clean", str(pages), "--jobs", "1", "--quiet"])
    assert r.exit_code == 0 and r.stderr == ""
    (tmp_path / "empty").mkdir()
    r = runner.invoke(main, ["clean", str(tmp_path / "empty")])
    assert r.exit_code == 0 and "no pages found" in r.stderr


@pytest.mark.parametrize("args,message", [
    (["-f", "markdown"], "give -o FOLDER"),
    (["-", "--jobs", "1"], "cannot be part of a batch"),
    (["--explain", "-f", "markdown"], "--explain shows one page"),
    (["--site-key", "("], "not a valid regular expression"),
    (["-f", "jsonl", "-o", "clean/"], "names a folder; JSONL output goes to one file"),
    (["--skip-existing"], "--skip-existing resumes a folder of outputs"),
    (["--skip-existing", "-o", "all.jsonl"], "--skip-existing resumes a folder of outputs"),
])
def test_batch_usage_errors_exit_2(runner, pages, args, message):
    r = runner.invoke(main, ["clean", str(pages), *args])
    assert r.exit_code == 2 and message in r.stderr


def test_output_folder_that_is_a_file_is_a_usage_error(runner, pages, tmp_path):
    (tmp_path / "out").write_text("x", encoding="utf-8")
    r = runner.invoke(main, ["clean", str(pages), "-o", str(tmp_path / "out"), "-f", "markdown"])
    assert r.exit_code == 2 and "is a file" in r.stderr


def test_a_page_over_its_time_limit_is_a_failure_not_a_hang(runner, pages):
    r = runner.invoke(main, ["clean", str(pages), "--jobs", "1", "--timeout", "0.000001"])
    assert r.exit_code == 1 and "took longer than" in r.stderr


def _cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "pagecleaner", *args], capture_output=True, **kw)


def test_a_closed_pipe_ends_quietly(pages, tmp_path):
    many = tmp_path / "many"
    many.mkdir()
    for i in range(40):
        shutil.copy(pages / "a-seed-capitalfm.txt", many / f"p{i:03}.txt")
    p = subprocess.Popen([sys.executable, "-m", "pagecleaner", "clean", str(many), "--jobs", "2"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = p.stdout.readline()
    p.stdout.close()                         # what `| head -1` does
    err = p.stderr.read().decode()
    assert p.wait(timeout=60) == 141
    assert json.loads(first)["headline"].startswith("Zelensky")
    assert "Traceback" not in err and "Broken pipe" not in err


def _square(x):
    return x * x


def _mark(task):
    folder, x = task
    (Path(folder) / str(x)).touch()          # which tasks ran at all
    time.sleep(0.01)
    return x


def _die(x):
    if x == 3:
        os._exit(1)              # what the system's OOM killer does to a worker
    return x


def test_two_workers_give_results_in_order():
    with batch.Runner(batch.Options(), 2) as r:
        assert list(r.map(_square, range(50), chunksize=3)) == [x * x for x in range(50)]


def test_stopping_early_runs_only_the_chunks_in_hand(tmp_path):
    r = batch.Runner(batch.Options(), 2)
    it = r.map(_mark, ((str(tmp_path), x) for x in range(10_000)), chunksize=2)
    assert next(it) == 0
    workers = multiprocessing.active_children()
    r.close()                     # the 10,000 tasks are not worked through: only what was handed out
    ran = len(list(tmp_path.iterdir()))
    assert workers and not any(p.is_alive() for p in workers)
    assert ran <= (batch.WINDOW * 2 + 1) * 2      # the chunks in flight, and the one taken


def test_a_runner_nobody_closed_does_not_hold_the_exit():
    """The workers ignore SIGTERM (the parent alone stops them), so multiprocessing's own exit handler could not
    end them and would wait for ever: the runner ends them itself at exit (a 60 s guard; it takes 0.2 s)."""
    code = "from pagecleaner import batch; r = batch.Runner(batch.Options(), 2); print(len(r.workers))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "2", r.stderr


def test_a_worker_that_dies_stops_the_batch_with_an_error():
    with batch.Runner(batch.Options(), 2) as r:
        with pytest.raises(batch.WorkerDied, match="worker process died"):
            list(r.map(_die, range(20), chunksize=1))



def test_a_signal_handled_as_the_workers_start_leaves_the_mask_as_it_was(monkeypatch):
    """The parent holds Ctrl-C and SIGTERM while it starts the workers; pthread_sigmask runs a handler whose
    signal was pending once the mask is set, and a Ctrl-C handled there must not leave both held for good."""
    real_sigmask = signal.pthread_sigmask
    before = real_sigmask(signal.SIG_BLOCK, [])

    def sigmask(how, mask):
        old = real_sigmask(how, mask)
        if how == signal.SIG_BLOCK and signal.SIGINT in mask:
            raise SystemExit(130)                    # what the program's Ctrl-C handler raises
        return old

    monkeypatch.setattr(signal, "pthread_sigmask", sigmask)
    with pytest.raises(SystemExit):
        batch.Runner(batch.Options(), 2)
    monkeypatch.undo()
    assert real_sigmask(signal.SIG_BLOCK, []) == before
    assert not multiprocessing.active_children()

# ---------------------------------------------------------------- Ctrl-C around the summary line

@pytest.fixture
def ctrl_c_as_the_program():
    """Ctrl-C handled by the handler `pagecleaner` itself puts in place (entry()), for this test only."""
    from pagecleaner.__main__ import _interrupted
    old = signal.signal(signal.SIGINT, _interrupted)
    yield
    signal.signal(signal.SIGINT, old)


def _ctrl_c_around_the_summary(monkeypatch, when: str) -> None:
    """Ctrl-C (a real SIGINT to this process) just before the batch's closing summary, while it prints its
    line, or just after: the moments after the last output is closed, where a batch exited 130 with nothing said."""
    real_summary, real_echo = cli._Report.summary, click.echo

    def summary(self, stopped=False, resumable=False):
        if when == "before" and not stopped:
            signal.raise_signal(signal.SIGINT)
        real_summary(self, stopped, resumable)
        if when == "after" and not stopped:
            signal.raise_signal(signal.SIGINT)

    def echo(message=None, *args, **kw):
        if when == "while" and str(message).startswith("pagecleaner: 4 files"):
            signal.raise_signal(signal.SIGINT)
        real_echo(message, *args, **kw)

    monkeypatch.setattr(cli._Report, "summary", summary)
    monkeypatch.setattr(click, "echo", echo)


def test_ctrl_c_before_the_summary_line_says_interrupted(runner, pages, tmp_path, monkeypatch,
                                                          ctrl_c_as_the_program):
    _ctrl_c_around_the_summary(monkeypatch, "before")
    r = runner.invoke(main, ["clean", str(pages), "-o", str(tmp_path / "out"), "--jobs", "1"])
    assert r.exit_code == 130
    assert r.stderr.splitlines()[-1].startswith("pagecleaner: interrupted: 4 files, 4 cleaned, 0 failed in ")


@pytest.mark.parametrize("when", ["while", "after"])
def test_ctrl_c_once_the_summary_line_is_out_changes_nothing(runner, pages, tmp_path, monkeypatch, when,
                                                             ctrl_c_as_the_program):
    """The batch is done and says so: it does not exit 130 under a line that says every page was cleaned."""
    _ctrl_c_around_the_summary(monkeypatch, when)
    r = runner.invoke(main, ["clean", str(pages), "-o", str(tmp_path / "out"), "--jobs", "1"])
    assert r.exit_code == 0, r.stderr
    assert r.stderr.splitlines()[-1].startswith("pagecleaner: 4 files, 4 cleaned, 0 failed in ")
    # and the next command takes Ctrl-C again
    _ctrl_c_around_the_summary(monkeypatch, "before")
    r = runner.invoke(main, ["clean", str(pages), "-o", str(tmp_path / "again"), "--jobs", "1"])
    assert r.exit_code == 130
