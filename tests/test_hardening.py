"""Hostile input: nothing crashes it, hangs it, or makes it write where it should not (issue 5).

The heavy cases are marked `slow`; `.ci/run` runs them too. Timing is never asserted here except
as a hang guard (a subprocess timeout many times what the work needs); growth with input size is
measured by bench/sizes.py.
"""
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

import pagecleaner
from pagecleaner import batch
from pagecleaner.cli import main
from pagecleaner.readers.markdown import unmark
from pagecleaner.render import render
from pagecleaner.sniff import repair
from pagecleaner.textstats import is_prose

SEED = Path("fixtures/seed-capitalfm/input.txt")
TOKEN = re.compile(r"[^\W_]+")     # letters and digits: Markdown escapes only touch punctuation


@pytest.fixture
def runner():
    return CliRunner()


def run_cli(*args, timeout=120, **kw):
    return subprocess.run([sys.executable, "-m", "pagecleaner", *args], capture_output=True, timeout=timeout, **kw)


# ---------------------------------------------------------------- sizes and shapes

def test_whitespace_only_is_an_empty_result_with_a_warning(runner, tmp_path):
    (tmp_path / "blank.txt").write_text(" \n\t\n\u00a0\n\n", encoding="utf-8")
    r = runner.invoke(main, ["clean", str(tmp_path / "blank.txt"), "--format", "json"])
    assert r.exit_code == 0 and "empty page" in r.stderr
    assert json.loads(r.stdout)["body"] == ""


@pytest.mark.slow
def test_one_enormous_line_without_a_newline():
    line = ("The council met on Tuesday and voted for the budget, which the mayor said was fair. " * 240_000)
    a = pagecleaner.clean(line[:20_000_000].encode("utf-8"))
    assert len(a.body) > 19_000_000


def _text_page(paragraphs: int) -> bytes:
    return "\n\n".join(f"Paragraph {i}: the council met on Tuesday and voted for the budget, which the mayor "
                       f"said was fair." for i in range(paragraphs)).encode("utf-8")


def _html_page(paragraphs: int) -> bytes:
    return ("<html><body>" + "".join(f"<div class='c'><p>Paragraph {i}: the council met on <a href='/x'>Tuesday"
                                     f"</a> and voted for the budget.</p></div>" for i in range(paragraphs))
            + "</body></html>").encode("utf-8")


def _cpu_seconds(page: bytes):
    start = time.process_time()
    article = pagecleaner.clean(page)
    return time.process_time() - start, article


# Eight times the input, 1 MB to 8 MB: linear work takes about 8 times as long, quadratic work 64 times.
# Measured here 15-17 times: past 16,384 blocks (1.6 MB of these paragraphs) the per-text caches of
# textstats stop holding every block, a step in the cost per block (flat again from 8 MB to 50 MB), not a
# growth. 32 leaves twice that for a loaded machine.
GROWTH_AT_8X = 32


@pytest.mark.slow
@pytest.mark.parametrize("make,per_mb", [(_text_page, 10_000), (_html_page, 8_600)])
def test_big_pages_are_cleaned_whole_in_time_that_grows_linearly(make, per_mb):
    """1 MB and 8 MB: every paragraph kept, and eight times the input costs well under 64 times the time
    (processor time; the faster of two runs of the small page). bench/sizes.py measures 1, 10 and 50 MB
    in fresh processes, with memory (issue 17: the two 50 MB tests this replaces took two minutes each)."""
    small, big = make(per_mb), make(8 * per_mb)
    assert 7.2e6 < len(big) < 9.6e6
    t_small = min(_cpu_seconds(small)[0] for _ in range(2))
    t_big, article = _cpu_seconds(big)
    assert len(article.body_blocks) == 8 * per_mb
    assert t_big / t_small < GROWTH_AT_8X, (t_small, t_big)


# ---------------------------------------------------------------- encodings

@pytest.mark.parametrize("charset,text", [
    ("iso-8859-2", "Zażółć gęślą jaźń, powiedział burmistrz Łodzi."),
    ("shift_jis", "東京都の市長は火曜日に予算案を発表した。"),
    ("gb18030", "北京市长周二公布了预算草案，议会将在下周投票。"),
    ("windows-1252", "Le café «Chez Zoë» a ouvert – enfin."),
])
def test_declared_legacy_encodings_decode_right(charset, text):
    page = f'<html><head><meta charset="{charset}"></head><body><p>{text}</p></body></html>'
    assert text in pagecleaner.clean(page.encode(charset)).body


def test_undeclared_windows_1252_text_decodes_right():
    page = ("The café “Chez Zoë” opened on Tuesday – at last, the mayor said, after three years of works.\n" * 3)
    assert "café “Chez Zoë”" in pagecleaner.clean(page.encode("windows-1252")).body


WESTERN = [
    ("fr", "Les élèves du collège ont prévu à la fin de l'année une fête où chacun apportera un gâteau."),
    ("fr", "Le maire a prévu à la fin."),                     # one short line: too little to tell by
    ("de", "Die Schüler haben für das Ende des Jahres ein großes Fest geplant, bei dem jeder Kuchen mitbringt."),
    ("es", "Los alumnos del colegio han previsto para el final del año una fiesta en la que cada niño traerá un "
           "pastel."),
    ("it", "Il sindaco ha annunciato il bilancio dopo la lunga seduta del consiglio di mercoledì, perché è così."),
]
OTHERS = [
    ("cp1250", "Zażółć gęślą jaźń, powiedział burmistrz Łodzi po długiej sesji rady miejskiej w środę."),
    ("cp1250", "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl starosta po dlouhém zasedání rady ve středu."),
    ("cp1254", "Belediye başkanı çarşamba günü uzun toplantıdan sonra şehir bütçesini açıkladı."),
    ("cp1251", "Мэр города объявил бюджет после долгого заседания совета в среду."),
    ("cp1253", "Ο δήμαρχος ανακοίνωσε τον προϋπολογισμό μετά από μακρά συνεδρίαση την Τετάρτη."),
]


@pytest.mark.parametrize("lines", [1, 5])
@pytest.mark.parametrize("charset", ["latin-1", "windows-1252"])
@pytest.mark.parametrize("lang,sentence", WESTERN)
def test_undeclared_western_european_text_is_not_read_as_central_european(lang, sentence, charset, lines):
    """charset-normalizer ranks windows-1250 first for French ("élčves", "ŕ la fin"): a tie goes to 1252."""
    text = "\n\n".join([sentence] * lines)
    assert sentence in pagecleaner.clean(text.encode(charset), input="text").body
    page = f"<html><body><article><p>{text}</p></article></body></html>"          # no charset declared
    assert sentence in pagecleaner.clean(page.encode(charset), input="html").body


@pytest.mark.parametrize("charset,sentence", OTHERS)
def test_undeclared_text_that_reads_better_in_its_own_code_page_keeps_it(charset, sentence):
    text = "\n\n".join([sentence] * 3)
    assert sentence in pagecleaner.clean(text.encode(charset), input="text").body


def test_mixed_and_invalid_bytes_become_replacement_characters():
    page = ("Good UTF-8 line: café, naïve, Zoë, and more words to make a sentence here.\n\n".encode("utf-8")
            + b"A broken line \xff\xfe\xc3 in the middle of a sentence that goes on for a while.\n\n"
            + "Back to UTF-8: déjà vu, the council said on Tuesday after the long vote.\n".encode("utf-8"))
    body = pagecleaner.clean(page).body
    assert "café, naïve, Zoë" in body and "déjà vu" in body and "A broken line \ufffd\ufffd\ufffd in" in body
    legacy = "Der Bürgermeister sagte am Dienstag, die Straße werde für fünf Wochen gesperrt.\n"
    assert "Bürgermeister" in pagecleaner.clean((legacy * 5).encode("windows-1252")).body


# ---------------------------------------------------------------- hostile HTML

def _text(html: str) -> str:
    return pagecleaner.clean(html.encode("utf-8"), input="html", links=True).body


PARA = "<p>The council met on Tuesday and voted for the budget, which the mayor said was fair to all.</p>"


@pytest.mark.parametrize("html", [
    "<html><body><div><p>The council met on Tuesday and voted for the budget, which the mayor said was fair to all."
    "<div><span><b><i>unclosed",                                                          # unclosed tags
    f"<html><body><div title='{'x' * 10_000_000}'>{PARA}</div></body></html>",            # a 10 MB attribute
    "<html><body>" + "<script>var a = '<p>not text</p>';</script><style>p{}</style>" * 5000 + PARA + "</body></html>",
    f"<html><body><template><p>template text</p></template>{PARA}</body></html>",
    "<html><body><!-- a --><![CDATA[ c ]]>" + "<!-- <p>x</p> -->" * 1000 + PARA + "<!-- end</body></html>",
    # malformed addresses, which urllib refuses: a home link's, a logo's, the base every link is joined to
    "<html><head><base href='http://[bad/'><title>Site - Council votes for the budget</title></head><body><h1>"
    "<a href='http://[::1'>Site</a></h1><a href='http://[abc/'><img alt='Site'></a>" + PARA + "</body></html>",
])
def test_hostile_html_still_gives_the_article(html):
    body = _text(html)
    assert "The council met on Tuesday" in body
    assert "not text" not in body and "template text" not in body and "var a" not in body


def test_external_entities_are_neither_fetched_nor_expanded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY ext SYSTEM "file://{secret}">'
            '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
            f'<html><body><p>&ext; &d;</p>{PARA}</body></html>')
    body = _text(page)
    assert "TOPSECRET" not in body and "aaaaaaaaaa" not in body


# ---------------------------------------------------------------- regular expressions

REDOS_PROBE = r'''
import json, re, sys, time
import pagecleaner
from pagecleaner import dates, pagetype, segment, textstats, vocab
from pagecleaner.filters import context, lexical, structure
from pagecleaner.readers import html, markdown, text
from pagecleaner.render import markdown as markdown_out
if len(sys.argv) > 1:                           # the patterns given: the probe checks itself on a known bad one
    patterns = [re.compile(p) for p in sys.argv[1:]]
else:
    patterns = [vocab.pattern(c, whole=w) for c in vocab.CATEGORIES for w in (False, True)]
    for mod in (dates, pagetype, segment, textstats, vocab, context, lexical, structure, html, markdown, text,
                markdown_out):
        for v in vars(mod).values():            # (a module's patterns, alone or in a tuple: dates.ADDRESS_DATES)
            patterns += [p for p in (v if isinstance(v, tuple) else (v,)) if isinstance(p, re.Pattern)]
pieces = ["a", "A", " ", "1", ",", ".", "-", "/", "(", ")", ":", "@", "'", "\u2019", "\u00e9", "\n", "<", "&#",
          "a ", "Aa ", "1 ", "a,", "a.", "A-", "by ", "on ", "de ", "\u00a9 ", "Jan 1 ", "12:00 "]

def probes(n):
    runs = [p * (n // len(p)) for p in pieces] + [(p + q) * (n // len(p + q)) for p in pieces[:12] for q in pieces[12:]]
    return [probe for s in runs for probe in (s, s + "!", "By " + s + ":", "By " + s + "!")]

def took(pat, probe, repeats=1):
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        pat.search(probe)
        pat.match(probe)
        best = min(best, time.perf_counter() - t)
    return best

SMALL, BIG = 500, 4_000
small, big = probes(SMALL), probes(BIG)
times = sorted(((took(pat, probe), i, j) for i, pat in enumerate(patterns) for j, probe in enumerate(small)),
               reverse=True)
worst = {"growth": 0.0}
for _, i, j in times[:40]:                      # the slowest at 500 characters, again at 4,000
    t_small, t_big = took(patterns[i], small[j], 5), took(patterns[i], big[j], 5)   # (the best of five each: a
    #                                             shared machine's pauses in a run or three are no pattern's growth)
    growth = t_big / max(t_small, 1e-5)
    if t_big > 0.002 and growth > worst["growth"]:
        worst = {"growth": round(growth, 1), "seconds": round(t_big, 4), "pattern": patterns[i].pattern[:80],
                 "probe": big[j][:12]}
print(json.dumps({"patterns": len(patterns), "probes": len(small), **worst}))
'''


def _redos_probe(*patterns: str) -> dict:
    r = subprocess.run([sys.executable, "-c", REDOS_PROBE, *patterns], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


# Eight times the characters: a linear search takes about 8 times as long, a quadratic one 64 times.
QUADRATIC = 24


@pytest.mark.slow
def test_no_pattern_backtracks_catastrophically():
    # In a subprocess: a regex stuck in C cannot be interrupted in-process (an exponential one never ends
    # even at 500 characters: the timeout says so). Every pattern meets 984 strings of 500 characters;
    # the 40 slowest are timed again at 4,000, and none may grow like the square of its input.
    control = _redos_probe(r"\s*[:»›>|–—-]")    # LABEL_END before 38ddbf8: 1.4 s on 20,000 spaces
    assert control["growth"] > QUADRATIC, control
    found = _redos_probe()
    assert found["patterns"] > 60 and found["growth"] < QUADRATIC, found


@pytest.mark.slow
def test_markdown_escaping_is_linear_on_a_long_indented_line():
    # (the whole probe times again only the 40 slowest at 500 characters: this one, alone, at every size)
    from pagecleaner.render.markdown import LINE_START
    found = _redos_probe(LINE_START.pattern)
    assert found["growth"] < QUADRATIC, found


@pytest.mark.slow
def test_a_signatures_spaced_angles_are_read_in_linear_time():
    # (the whole probe re-times only the 40 slowest at 500 characters, where this one ranked now and then: a run of
    # spaces with no mark after it made it try every space of the run, 2 ms at 500 characters, 80 ms at 4,000)
    from pagecleaner.pagetype import ANGLES
    found = _redos_probe(ANGLES.pattern)
    assert found["growth"] < QUADRATIC, found


# ---------------------------------------------------------------- paths

@pytest.fixture
def pages(tmp_path):
    root = tmp_path / "pages"
    root.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        shutil.copy(SEED, root / name)
    return root


def cleaned(results):
    return sorted(Path(r.job.source).name for r in results if r.ok)


def failed(results):
    return sorted(r.error for r in results if not r.ok)


def test_a_file_that_vanishes_mid_batch(pages):
    jobs = batch.list_jobs([str(pages)])
    (pages / "b.txt").unlink()
    with batch.Runner(batch.Options(fmt="jsonl"), 1) as runner:
        results = list(batch.run(jobs, runner))
    assert cleaned(results) == ["a.txt", "c.txt"]
    assert len(failed(results)) == 1 and "no such file" in failed(results)[0]


def test_an_unreadable_file(pages, monkeypatch, runner):
    real_open = open

    def deny(path, *a, **kw):
        if str(path).endswith("b.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **kw)
    monkeypatch.setattr("pagecleaner.io.open", deny, raising=False)
    r = runner.invoke(main, ["clean", str(pages), "--jobs", "1"])
    assert r.exit_code == 1 and "b.txt: permission denied" in r.stderr
    assert len(r.stdout.splitlines()) == 2


def test_symlink_loops_and_a_fifo_in_a_folder(pages, runner):
    os.symlink("loop.txt", pages / "loop.txt")             # a link to itself
    os.symlink("..", pages / "up")                          # a folder link back up: not followed
    os.mkfifo(pages / "pipe.txt")                           # reading it would block forever
    r = runner.invoke(main, ["clean", str(pages), "--jobs", "1"])
    assert r.exit_code == 1
    assert "loop.txt: Too many levels of symbolic links" in r.stderr
    assert "pipe.txt is not a regular file" in r.stderr
    assert len(r.stdout.splitlines()) == 3 and "Traceback" not in r.stderr


def test_a_read_only_output_folder(pages, tmp_path, monkeypatch, runner):
    out = tmp_path / "out"
    out.mkdir()

    def refuse(*a, **kw):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr("pagecleaner.io._create_beside", refuse)
    r = runner.invoke(main, ["clean", str(pages), "-o", str(out), "-f", "markdown", "--jobs", "1"])
    assert r.exit_code == 1 and r.stderr.count("cannot write") == 3 and "Traceback" not in r.stderr
    assert list(out.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders; covered above by refusal")
def test_a_read_only_output_folder_for_real(pages, tmp_path, runner):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    r = runner.invoke(main, ["clean", str(pages), "-o", str(out), "-f", "markdown", "--jobs", "1"])
    out.chmod(0o755)
    assert r.exit_code == 1 and "cannot write" in r.stderr


def test_odd_file_names(tmp_path):
    root = tmp_path / "odd"
    root.mkdir()
    for name in (b"with space.txt", b"new\nline.txt", b"caf\xe9.txt", "ünï.txt".encode()):
        shutil.copy(SEED, os.path.join(bytes(root), name))
    r = run_cli("clean", str(root), "--jobs", "2")
    assert r.returncode == 0, r.stderr
    records = [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]       # strict UTF-8
    assert sorted(Path(d["source"]).name for d in records) == \
        sorted(["with space.txt", "new\nline.txt", "caf\ufffd.txt", "ünï.txt"])
    out = tmp_path / "out"
    r = run_cli("clean", str(root), "-o", str(out), "-f", "markdown")
    assert r.returncode == 0 and len(os.listdir(out)) == 4


# ---------------------------------------------------------------- interrupts

PAGES = 2000


def _signals_as_at_a_terminal() -> None:
    """The batch starts as from a terminal, with Ctrl-C on, also when the tests run where SIGINT is ignored
    (a shell's background job starts so, and a program started from it keeps ignoring Ctrl-C, rightly)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
@pytest.mark.parametrize("sig,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_interrupted_batch_leaves_outputs_whole_or_absent(tmp_path, sig, code, jobs):
    src = tmp_path / "pages"
    src.mkdir()
    for i in range(PAGES):         # enough that a loaded machine still stops it in the middle
        shutil.copy(SEED, src / f"p{i:04}.txt")
    expected = run_cli("clean", str(SEED)).stdout
    out = tmp_path / "out"
    p = subprocess.Popen([sys.executable, "-m", "pagecleaner", "clean", str(src), "-o", str(out), "-f", "markdown",
                          "--jobs", jobs], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                         preexec_fn=_signals_as_at_a_terminal)
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or len(os.listdir(out)) < 20):
        time.sleep(0.01)
    p.send_signal(sig)
    err = p.communicate(timeout=60)[1].decode()
    assert p.returncode == code, err
    assert "Traceback" not in err
    names = os.listdir(out)
    assert 20 <= len(names) < PAGES                                # stopped in the middle
    assert not [n for n in names if not n.endswith(".md")]          # no temporary file left
    assert all((out / n).read_bytes() == expected for n in names)  # every output whole
    # and it says how far it got, and how to go on: "interrupted: 2000 files, 412 cleaned, 0 failed in 1.2 s
    # (--skip-existing goes on from here)" (each output is whole, so those counted are there)
    summary = err.splitlines()[-1]
    assert summary.startswith(f"pagecleaner: interrupted: {PAGES} files, ") and "--skip-existing" in summary
    assert int(summary.split(" files, ")[1].split()[0]) <= len(names)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def _group_gone(pgid: int, wait: float = 10.0) -> bool:
    """Every process of the group has ended (hang guard: `wait` seconds, far more than it takes)."""
    deadline = time.time() + wait
    while time.time() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.02)
    return False


@pytest.fixture
def batch_in(tmp_path):
    src = tmp_path / "pages"
    src.mkdir()
    for i in range(150):
        shutil.copy(SEED, src / f"p{i:03}.txt")
    for name in ("html-skynews", "html-aljazeera", "html-politifact"):
        shutil.copy(Path("fixtures") / name / "input.html", src / f"{name}.html")
    return src


def _start_batch(src: Path, out: Path) -> subprocess.Popen:
    """A two-worker batch in a process group of its own, started as from a terminal (Ctrl-C on)."""
    p = subprocess.Popen([sys.executable, "-m", "pagecleaner", "clean", str(src), "-o", str(out), "--jobs", "2"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                         preexec_fn=_signals_as_at_a_terminal)
    deadline = time.time() + 60                   # until its workers are there: the batch is running
    while time.time() < deadline and len(_children(p.pid)) < 2 and p.poll() is None:
        time.sleep(0.005)
    return p


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"),
                    reason="finds the workers through /proc (Linux)")
def test_ctrl_c_at_any_moment_ends_the_batch_and_every_worker(tmp_path, batch_in):
    """Ctrl-C to the parent alone or to the whole group, at random moments from the workers' start to
    the batch's end (learning templates, cleaning, writing), 24 times: it ends with 130, says how far it
    got, and leaves no worker behind. (The pool it replaced hung the parent in 4 tries out of 26.)"""
    rng = random.Random(17)
    for attempt in range(24):
        out = tmp_path / f"out{attempt}"
        p = _start_batch(batch_in, out)
        if p.poll() is not None:
            continue                              # ended before its workers were seen (a fast machine)
        time.sleep(rng.uniform(0, 1.2))
        if attempt % 2:
            os.killpg(p.pid, signal.SIGINT)       # Ctrl-C at a terminal: the whole foreground group
        else:
            p.send_signal(signal.SIGINT)          # kill -INT to the parent alone
        err = p.communicate(timeout=30)[1].decode()
        # 0: it had finished; -SIGINT: it had finished and was ending (Python gives the signal back its
        # default action then), which a shell reports as 130 too
        assert p.returncode in (130, 0, -signal.SIGINT), (attempt, p.returncode, err)
        assert "Traceback" not in err and "Aborted" not in err, err
        assert _group_gone(p.pid), f"attempt {attempt}: a worker was left behind"
        if p.returncode == 130:
            assert err.splitlines()[-1].startswith("pagecleaner: interrupted: "), err


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists(f"/proc/{os.getpid()}/task/{os.getpid()}/children"),
                    reason="finds the workers through /proc (Linux)")
def test_workers_end_when_the_parent_is_killed(tmp_path, batch_in):
    p = _start_batch(batch_in, tmp_path / "out")
    workers = _children(p.pid)
    assert len(workers) == 2
    p.kill()                                      # SIGKILL: the parent cannot stop them itself
    p.wait()
    assert _group_gone(p.pid), "a worker outlived its parent"


# ---------------------------------------------------------------- properties of the pipeline

LINES = st.one_of(
    st.text(max_size=120),
    st.sampled_from(["Home", "World", "Connect with us", "Comments", "More on Capital News", "2 days ago",
                     "By Jane Doe", "Published", "Nov 19, 2019", "* a list item", "> a quote", "# not a heading",
                     "Share", "Advertisement", "Photo: Reuters", "In this article:, , ,", "",
                     "The council met on Tuesday and voted for the budget, which the mayor said was fair.",
                     "LONDON, Dec 7 — The talks went on late into the night, officials said on Friday.",
                     # scraped as Markdown
                     "By [Jane Doe](https://example.org/jd)", "![A photo](https://example.org/p.jpg)", "```", "---",
                     "## A heading", "| a | b |", "|---|---|", "**Read more:** [Budget](/budget)",
                     "[1]: https://x.org"]))


def _tokens(text: str) -> list[str]:
    """The words of a text as a reader sees them: a soft hyphen (U+00AD) is a break hint inside a word."""
    return TOKEN.findall(text.replace("\u00ad", ""))


def _contiguous(needle: list[str], hay: list[str]) -> bool:
    n = len(needle)
    return any(hay[i:i + n] == needle for i in range(len(hay) - n + 1)) if n else True


ARTICLE = ["The council met on Tuesday evening and, after a long debate, voted for the budget that the mayor "
           "had proposed in the spring.",
           "Opponents said the plan would cut services in the poorer districts, but the mayor replied that "
           "the figures showed the opposite.",
           "The budget now goes to the regional government, which has until the end of the month to approve it."]


def test_a_code_span_glued_to_a_word_reads_as_markdown_renders_it():
    """The case a local run of the property test below found: an image's line makes the page Markdown, and "`0`0"
    renders "00", the code span joined to the word after it (as "`code`s" renders "codes")."""
    assert [b.text for b in pagecleaner.clean("`0`0\n![](0)").body_blocks] == ["00"]
    assert [b.text for b in pagecleaner.clean("x `code`s here\n![](0)").body_blocks] == ["x codes here"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=40), st.sampled_from(["\n", "\n\n"]), st.integers(0, 40), st.booleans())
def test_pipeline_properties(lines, sep, at, with_article):
    if with_article:
        lines = lines[:at] + ARTICLE + lines[at:]
    text = sep.join(lines)
    a = pagecleaner.clean(text)
    source = _tokens(repair(text))
    unmarked = _tokens("\n".join(unmark(line) for line in repair(text).splitlines()))    # (a link's address aside)
    # (and its emphasis and code marks, when the page reads as Markdown: "`0`0" renders "00", a code span glued to
    # the word after it, as a Markdown renderer joins them; found by a local run, and kept below as its own case)
    rendered = _tokens("\n".join(unmark(line, True) for line in repair(text).splitlines()))
    for b in a.body_blocks:                     # every body block comes from the input (its mojibake repaired), words in order
        assert any(_contiguous(_tokens(b.text), words) for words in (source, unmarked, rendered)), b.text
    kept_lines = {b.line for b in a.body_blocks}
    assert not kept_lines & {r.line for r in a.removed}      # no line both kept and removed
    d = json.loads(render(a, "json", removed=True))          # valid JSON with the contract's keys
    assert d["body"] == a.body and set(d) >= {"headline", "published", "blocks", "removed"}
    md = render(a, "markdown")
    MarkdownIt("commonmark").parse(md)
    if with_article and sep == "\n\n" and not any(is_prose(line) for line in lines):
        # An article among any boilerplate is kept, and kept again when its Markdown is cleaned. Claimed where
        # its paragraphs stand apart (blank lines between blocks). With one block per line, a label fragment
        # ending in a function word ("IN this ARTICLE:0", then "a") may be read as a sentence split at its
        # links and glued onto the first paragraph, which the tag rule then takes out: a known weakness.
        # Claimed among boilerplate, not among other prose: generated text can read as prose ("A0A0A0…A." is
        # fifteen words "A", a function word), and forty words of prose and then "COMMENT" make what follows
        # the comments, rightly.
        again = pagecleaner.clean(md)
        assert all(p in a.body and p in again.body for p in ARTICLE)


GROWTH_PROBE = r'''
import json, sys, time
from pagecleaner.pagetype import BUY
def took(line):
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        BUY.match(line)
        best = min(best, time.perf_counter() - t)
    return max(best, 1e-5)
print(json.dumps({opening: took(opening + " " * 4000) / took(opening + " " * 500)
                  for opening in ("Quantity", "Quantity szt", "Qty :")}))
'''


@pytest.mark.slow
def test_a_buy_buttons_pattern_reads_a_run_of_spaces_one_way():
    """The quantity's label before a shop's buy button, then a run of spaces (the probe's pieces hold no such label):
    the pattern once tried every way to share the spaces among its parts, two minutes on 20,000 of them; each space
    has one place in it now, and eight times the spaces take about eight times as long."""
    r = subprocess.run([sys.executable, "-c", GROWTH_PROBE], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert all(growth < QUADRATIC for growth in json.loads(r.stdout).values()), r.stdout
