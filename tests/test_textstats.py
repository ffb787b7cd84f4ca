"""textstats: what reads as prose, in scripts with spaces between words and without."""
import pytest

from pagecleaner.textstats import ends_sentence, function_word_in, is_prose, stop_density

LONG_LATIN = ("the minister said on Tuesday that the new rail line to the airport would open next spring and "
              "that tickets would cost the same as on the buses")


@pytest.mark.parametrize("text, prose", [
    # a sentence in Japanese or Chinese ends with its full stop, or goes on after a comma
    ("ショートカットの欄を空欄にしただけでは、Kindle for PCがショートカットで起動しなくなるだけです。", True),
    ("もとの商品に付された商標を剥奪抹消した商品（もとの商標を消した商品）を販売する行為や、", True),
    # forty characters without one are a title (another story's, in a related box)
    ("Open SSL脆弱性問題の対策を施したFTPクライアントソフトWinSCPポータブル版ver5.5.3が配布されていたのでアップデートする", False),
    # with spaces between words, twenty words and more are prose without a full stop (a caption, a list item)
    (LONG_LATIN, True),
    (LONG_LATIN[:60], False),
])
def test_is_prose(text, prose):
    assert is_prose(text, min_stop=0.0) is prose


@pytest.mark.parametrize("text, prose", [
    ("プランターで育てているトマト、ナス、ハーブの記録をまとめています。", True),
    ("退租時房東說牆壁有三個釘孔、冷氣濾網沒洗，要扣一半押金，也就是一萬兩千元。", True),
    ("ミニトマトの脇芽かきを始めました", False),        # (a post's title: no sentence's end)
])
def test_chinese_and_japanese_prose_needs_no_function_word_alone(text, prose):
    """Written without spaces, a sentence is one "word" that no stop list holds: its end says it is prose."""
    assert is_prose(text) is prose


@pytest.mark.parametrize("text, prose", [
    # Vietnamese writes a word a syllable, its function words syllables of their own
    ("Ấm trà làm thủ công tại làng gốm Bát Tràng, nung ở 1.200 độ, giữ nhiệt lâu và không ngấm mùi.", True),
    ("Ấm men lam vẽ sen, ấm men rạn cổ, bộ ấm chén men nâu, ấm tích dáng tỏi.", False),     # (names: no prose)
])
def test_vietnamese_prose_has_its_function_words(text, prose):
    assert is_prose(text) is prose


@pytest.mark.parametrize("text", ["Er sagte: „Wir kommen.“", "「再起動して完了しました。」", "（完了。）", "Done."])
def test_a_sentence_ends_inside_its_closing_quote_or_bracket(text):
    assert ends_sentence(text)


@pytest.mark.parametrize("word, text, function", [
    ("war", "Die Lage in der Stadt war", True),                  # German: "was"
    ("war", "Huawei launches operating system as a hedge in trade war", False),     # English: a noun
    ("the", "The minister said that the", True),
    ("minister", "The minister said that the", False),          # in no stop list
    ("že", "Řekl, že přijde až zítra, protože je", True),        # Czech: "that"
    ("pro", "Sony A1 II 50MP FF 8K60 All-around pro", False),    # an English word too: no Czech function word
])
def test_function_word_in_the_language_of_its_text(word, text, function):
    assert function_word_in(word, text) is function


@pytest.mark.parametrize("text,quoted", [
    ("„Außen knusprig, innen cremig“", True),
    ("« Je ne fais pas que voter blanc, je le bois aussi »", True),
    ('"We won," she said.', False),                   # a sentence with a quotation in it
    ("„Erst“ und dann „zweitens“", False),            # two quotations
    ("Außen knusprig, innen cremig", False),
])
def test_a_line_that_is_one_quotation(text, quoted):
    from pagecleaner.textstats import quotation
    assert quotation(text) is quoted


def test_czech_prose_reads_as_prose_by_its_function_words():
    """A Czech shop's description: without Czech's function words its share was nil, and the paragraph went as
    boilerplate on a page in languages the lists know."""
    czech = ("Lelit Anna je kompaktní pákový kávovar s mosaznou spařovací hlavou o průměru 57 mm. Teplotu vody "
             "nastavíte na displeji po jednom stupni, takže si přípravu přizpůsobíte každé kávě.")
    from pagecleaner.config import Config
    assert stop_density(czech) >= Config().prose_min_stop_density


def test_ukrainian_prose_reads_as_prose_by_its_function_words():
    """A Ukrainian shop's description: with no Ukrainian list its share was Russian's, too low for prose, and
    main_text kept one paragraph of three."""
    ukrainian = ("Акумулятор тримає до 40 годин із вимкненим шумозаглушенням і до 28 годин з увімкненим. Десять "
                 "хвилин заряджання через USB-C дають ще чотири години музики.")
    from pagecleaner.config import Config
    assert stop_density(ukrainian) >= Config().prose_min_stop_density


def test_greek_prose_reads_as_prose_by_its_function_words():
    greek = ("Οι εργασίες στην προβλήτα ολοκληρώνονται τον Μάιο και τα πρώτα κρουαζιερόπλοια αναμένονται στις αρχές "
             "του καλοκαιριού.")
    from pagecleaner.config import Config
    assert stop_density(greek) >= Config().prose_min_stop_density


def test_swedish_prose_reads_as_prose_by_its_function_words():
    """A Swedish post: without Swedish's function words its share was too low for prose."""
    swedish = ("Sedan vi uppdaterade appen i måndags kommer inga nya bokningar över till kalendern. Gamla bokningar "
               "ligger kvar, men allt som skapats efter uppdateringen saknas.")
    from pagecleaner.config import Config
    assert stop_density(swedish) >= Config().prose_min_stop_density
    # a shop's description, its function words "i" (in), "en" (a), "vår" (our) among its few
    shop = ("Handgjorda koppar i stengods från vår verkstad i Gnesta. Varje kopp bränns två gånger och tål "
            "diskmaskin.")
    assert stop_density(shop) >= Config().prose_min_stop_density


@pytest.mark.parametrize("text", [
    "MX Master 3S er en trådløs mus til dig, der arbejder mange timer ved computeren. Den formede ryg støtter hånden, "
    "og tommelfingerhjulet ruller vandret i regneark og tidslinjer.",                                    # Danish
    "Vi har åpent hver dag fra klokken åtte, og det er alltid kaffe på kanna når du kommer innom.",     # Norwegian
])
def test_danish_and_norwegian_prose_reads_as_prose_by_its_function_words(text):
    assert is_prose(text)


@pytest.mark.parametrize("name", ["Hans", "Andre", "Meg", "Min", "Din"])
def test_a_first_name_is_no_function_word_of_the_nordic_languages(name):
    """Danish "hans" (his), "andre" (others), "min" (my), Norwegian "meg" (me): names too, "Hans Leuenberger",
    "Andre Agassi", "Meg Ryan", "Min Jin Lee", which the byline rule tells by having no function word."""
    from pagecleaner.vocab import ALL_STOPWORDS
    assert name.lower() not in ALL_STOPWORDS


@pytest.mark.parametrize("title, shown", [
    ("Buy KELVARA KD7 Cordless Vacuum Cleaner - Graphite", True),     # a shop's verb before the name
    ("Kaufen Sie den KELVARA KD7 Cordless Vacuum Cleaner", False),
    ("Buyers guide to KELVARA KD7 Cordless Vacuum Cleaner", False),  # (a word that starts so)
])
def test_a_shops_verb_before_the_name_in_the_title_still_shows_it(title, shown):
    from pagecleaner.textstats import fold, shows_title
    assert shows_title(fold(title), "KELVARA KD7 Cordless Vacuum Cleaner - Graphite") is shown



@pytest.mark.parametrize("text", ["کود مناسب برای گلدان های آپارتمانی چیست؟", "یہ کتاب اچھی ہے۔"])
def test_arabic_scripts_question_mark_and_urdus_full_stop_end_a_sentence(text):
    assert ends_sentence(text)


def test_a_word_with_persians_zero_width_non_joiner_is_one_word():
    from pagecleaner.textstats import words
    assert words("سه\u200cشنبه می\u200cکند") == ("سه\u200cشنبه", "می\u200cکند")
    assert words("don't stop") == ("don't", "stop")


@pytest.mark.parametrize("text", ["Otwiera połączenie ze stacją i zwraca obiekt Stacja.",
                                  "Port szeregowy ma pierwszeństwo przed adresem sieciowym, jeśli podano oba."])
def test_polish_documentations_short_sentences_read_as_prose_by_its_function_words(text):
    """Polish writes few function words: "ze", "przed", "jeśli" among them, a documentation's sentence is prose."""
    assert is_prose(text, min_words=6)


@pytest.mark.parametrize("text, program", [("踩(3)", False), ("评论(12)", False),    # (a count after Chinese)
                                           ("len(x)", True), ("scheduler.add(task)", True)])
def test_a_count_in_brackets_after_chinese_is_no_call(text, program):
    from pagecleaner.textstats import program_line
    assert program_line(text) is program


@pytest.mark.parametrize("line, kind_first, shown", [
    ("Bezdrátová sluchátka Sony WH-1000XM5 černá", True, True),      # the product's kind before its name
    ("Bezdrátová sluchátka Sony WH-1000XM5 černá", False, False),     # (asked for only)
    ("Sony WH-1000XM5 černá", False, True),
    ("Pouzdro na sluchátka Sony WH-1000XM5 černá a mnoho dalšího příslušenství", True, False),   # (most of it
])                                                                                                 # not the name)
def test_a_products_name_may_say_its_kind_before_the_title(line, kind_first, shown):
    from pagecleaner.textstats import fold, shows_title
    assert shows_title(fold("Sony WH-1000XM5 černá"), line, whole=True, kind_first=kind_first) is shown
