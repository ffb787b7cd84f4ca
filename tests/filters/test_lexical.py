"""One case per reason for every lexical rule, and the prose each must leave alone."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pagecleaner import vocab
from pagecleaner.config import Config
from pagecleaner.filters import lexical as L
from pagecleaner.pipeline import Context
from tests.conftest import PROSE, make_block, make_blocks


def verdict(rule, text, ctx):
    return rule.fn(make_block(text), ctx)


@pytest.mark.parametrize("rule,text,reason", [
    (L.social_prompt, "Connect with us", "social or app prompt"),
    (L.social_prompt, "Login to follow profiles or hashtags, favorite, share and reply to posts.",
     "social or app prompt"),                                                # a network's, to a reader logged out
    (L.social_prompt, "Welcome to Cooking! Sign up to ask questions and share your own answers.",
     "social or app prompt"),                                                # a Q&A site's, to that reader
    (L.social_prompt, "Click here to connect with us on WhatsApp", "social or app prompt"),
    (L.social_prompt, "Blijf op de hoogte", "social or app prompt"),          # a newsletter box's heading
    (L.social_prompt, "Bleiben Sie auf dem Laufenden über unsere Arbeit und unsere Themen.", "social or app prompt"),
    (L.social_prompt, "Agende pelo WhatsApp", "social or app prompt"),         # a booking button, Portuguese
    (L.social_prompt, "Get the Tapatalk app to follow this topic on your phone.", "social or app prompt"),
    (L.social_prompt, "Schreiben Sie uns per WhatsApp", "social or app prompt"),
    (L.social_prompt, "Folgen Sie uns auf Instagram", "social or app prompt"),
    (L.social_prompt, "Sign up for our daily newsletter", "social or app prompt"),
    (L.social_prompt, "Send me email every new post.", "social or app prompt"),
    (L.social_prompt, "Get regular updates on the latest tutorials, offers & news at Statistics Globe.",
     "social or app prompt"),
    (L.paywall_prompt, "Immediate online access to all issues from 2019. Subscription will auto renew annually.",
     "paywall prompt"),
    (L.social_prompt, "Follow Victor Davis Hanson on Twitter", "follow prompt for a social network"),
    (L.social_prompt, "Suivez Le Monde sur Instagram", "follow prompt for a social network"),
    (L.search_prompt, "Hi, what are you looking for?", "search prompt"),
    (L.search_prompt, "Search", "search box label"),
    (L.search_prompt, "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!", "results counter"),
    (L.search_prompt, "Showing 1–12 of 48 results", "results counter"),
    (L.search_prompt, "1-10 of 250 results", "results counter"),
    (L.search_prompt, "Showing 4 of 38 results Sort by", "results counter"),     # no range, the sort's label after it
    (L.search_prompt, "Mostrando 24 de 310 productos", "results counter"),
    (L.search_prompt, "1 - 25 von 2.314 Ergebnissen", "results counter"),      # (the total's thousands parted)
    (L.search_prompt, "Has visto 4 de 86 artículos", "results counter"),       # how many the reader has seen
    (L.search_prompt, "Du har sett 4 av 86 produkter", "results counter"),     # (Norwegian, XXL's)
    (L.search_prompt, "Zobrazeno 4 z 312", "results counter"),                 # (Czech, the things not said)
    (L.search_prompt, "Du hast 4 von 128 Artikeln gesehen", "results counter"),
    (L.search_prompt, "You've viewed 24 of 120 products", "results counter"),
    (L.search_prompt, 'Menampilkan 1 - 4 barang dari total 4 untuk "Kopi Bubuk"', "results counter"),   # Indonesian
    (L.search_prompt, "Viewing 4 posts - 1 through 4 (of 4 total)", "results counter"),           # bbPress's
    (L.search_prompt, "Affichage de 4 messages - 1 à 4 (sur un total de 4)", "results counter"),
    (L.social_prompt, "Get the latest news straight to your phone with the VI Consortium app.", "social or app prompt"),
    (L.search_prompt, "Rechercher", "search box label"),
    (L.share_widget, "Share on Facebook Twitter Email", "share or print buttons"),
    (L.share_widget, "Click to share on Reddit (Opens in new window)", "share or print buttons"),
    (L.share_widget, "Partager Imprimer", "share or print buttons"),
    (L.share_widget, "Als PDF", "share or print buttons"),                 # (a help page's copy as a PDF)
    (L.share_widget, "分享", "share or print buttons"),                     # (Chinese: share, PTT's)
    (L.share_widget, "返回看板", "share or print buttons"),                 # (back to the board's list, PTT's)
    (L.share_widget, "Möchten Sie den Artikel teilen?", "share or print buttons"),
    (L.share_widget, "Artikel per WhatsApp teilen", "share or print buttons"),
    (L.share_widget, "Seite teilen", "share or print buttons"),
    (L.share_widget, "Share this entry", "share or print buttons"),     # a WordPress theme's label over its buttons
    (L.share_widget, "Share on Vk", "share or print buttons"),
    (L.share_widget, "Share by Mail", "share or print buttons"),
    (L.share_widget, "Close share Copy link", "share or print buttons"),     # Shopify's share field's buttons
    (L.comment_widget, "War der Artikel nützlich?", "comment widget"),          # the feedback question
    (L.comment_widget, "War dieses Thema hilfreich?", "comment widget"),        # (a help topic's, RoboHelp's)
    (L.comment_widget, "Kirjoita vastaus", "comment widget"),                   # (Finnish: write a reply)
    (L.comment_widget, "Комментарии (4) Понравилось! Ссылка", "comment widget"),  # (Russian: LiveInternet's)
    (L.tag_widget, "Рубрики: Рассада Метки: перец досветка", "tag or topic list"),
    (L.comment_widget, "Sie müssen sich bei Ihrem Konto anmelden, um auf Beiträge antworten zu können.",
     "comment form"),                                                           # the prompt to log in to reply
    (L.comment_widget, "Silakan masuk untuk membalas thread ini.", "comment form"),      # (Indonesian)
    (L.comment_widget, "برای ارسال پاسخ ابتدا وارد شوید.", "comment form"),             # (Persian, Ninisite's)
    (L.comment_widget, "עליך להתחבר כדי להגיב.", "comment form"),                      # (Hebrew, Tapuz's)
    (L.comment_widget, "Войдите, чтобы написать ответ", "comment form"),        # (Russian: Habr Q&A's)
    (L.comment_widget, "登入後即可回覆", "comment form"),                        # (Chinese: Bahamut's)
    (L.comment_widget, "登录 后才能发表回复。", "comment form"),                 # (its link apart: V2EX's)
    (L.comment_widget, "3 replies", "comment widget"),
    (L.comment_widget, "Comments Restacks", "comment widget"),                  # Substack's, under each post
    (L.comment_widget, "Discussion about this post", "comment widget"),
    (L.comment_widget, "Down vote Save this question. Show activity on this post.", "comment widget"),  # a Q&A's
    (L.comment_widget, "permalink embed save report reply", "comment widget"),     # a discussion site's
    (L.comment_widget, "Antworten", "comment widget"),                          # the reply button
    (L.comment_widget, "User Contributed Notes", "comment widget"),             # a manual's readers' notes
    (L.comment_widget, "add a note", "comment widget"),                         # (the PHP manual's)
    (L.comment_widget, "Kommentar verfassen Antwort abbrechen", "comment widget"),   # a comment form's heading
    (L.comment_widget, "Einen Kommentar schreiben", "comment widget"),
    (L.comment_widget, "Leave a Reply Cancel reply", "comment widget"),              # and its "cancel reply" link
    (L.comment_widget, "Was denkst du?", "comment widget"),                         # the question over the form
    (L.comment_widget, "No Response so far »", "comment widget"),                   # nobody answered yet
    (L.comment_widget, "Noch keine Kommentare", "comment widget"),
    (L.comment_widget, "E-mail (required, hidden to public)", "comment form field"),
    (L.comment_widget, "E-Mail (wird benötigt und nicht veröffentlicht)", "comment form field"),
    (L.comment_widget, "Name (erforderlich)", "comment form field"),
    (L.comment_widget, "Sign In or Register to comment.", "comment form"),    # Vanilla's, under a thread
    (L.comment_widget, "Logga in för att lämna en kommentar.", "comment form"),  # Zendesk's, under a post
    (L.comment_widget, "Please sign in to leave a comment.", "comment form"),
    (L.comment_widget, "Comments are closed.", "comments closed"),           # WordPress's, under a post
    (L.comment_widget, "This topic was automatically closed 30 days after the last reply. New replies are no "
     "longer allowed.", "comments closed"),                                    # Discourse's, its last post
    (L.comment_widget, "Dieses Thema wurde nach 30 Tagen automatisch geschlossen.", "comments closed"),
    (L.comment_widget, "Les commentaires sont fermés.", "comments closed"),
    (L.comment_widget, "De volgende gebruiker(s) zei Bedankt: Piet van Dam", "who thanked the post"),   # Kunena's
    (L.comment_widget, "The following 2 users thanked anna for this post: Piet, Marco", "who thanked the post"),
    (L.comment_widget, "Folgende Benutzer bedankten sich beim Autor anna für den Beitrag: Piet",
     "who thanked the post"),
    (L.social_prompt, "Nos siga no", "social or app prompt"),
    (L.social_prompt, "Nick's Present Value is a reader-supported publication. To receive new posts and support my "
                      "work, consider becoming a free or paid subscriber.", "social or app prompt"),   # Substack's
    (L.social_prompt, "Thanks for reading Cloud Database Report! This post is public so feel free to share it.",
     "social or app prompt"),
    (L.social_prompt, "If you enjoyed reading this post, please consider supporting our work.", "social or app prompt"),
    (L.share_widget, "Podziel się", "share or print buttons"),
    (L.share_widget, "Mit Freunden teilen", "share or print buttons"),            # the prompt over the buttons
    (L.share_widget, "Der Artikel gefällt dir?", "share or print buttons"),
    (L.share_widget, "Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)", "share or print buttons"),
    (L.share_widget, "Haz clic para imprimir (Se abre en una ventana nueva)", "share or print buttons"),
    (L.share_widget, "Like Loading...", "share or print buttons"),                # the like button
    (L.share_widget, "Gefällt mir Wird geladen …", "share or print buttons"),
    (L.share_widget, "Liken Lade …", "share or print buttons"),
    (L.share_widget, "Sei der Erste, dem dies gefällt.", "share or print buttons"),
    (L.share_widget, "Teilen mit:", "share or print buttons"),
    (L.cookie_prompt, "We use cookies to improve your experience. Accept all", "cookie or consent banner"),
    (L.cookie_prompt, "We use a few cookies to count visits. Nothing is sold or shared.",     # what they count
     "cookie or consent banner"),
    (L.cookie_prompt, "Privacy policy", "cookie or consent button"),
    (L.cookie_prompt, "Manage consent", "cookie or consent banner"),                  # one word, a short line
    (L.cookie_prompt, "Necessary cookies are absolutely essential for the website to function properly.",
     "cookie or consent banner"),                                                       # cookies on the web
    (L.cookie_prompt, "Cookies", "cookie or consent banner"),                           # the footer's link
    (L.cookie_prompt, "Ta strona używa plików cookies w celach statystycznych. Więcej w polityce prywatności.",
     "cookie or consent banner"),                                                       # the site's, in Polish
    (L.cookie_prompt, "Ces cookies permettent d’établir des statistiques de fréquentation du site.",
     "cookie or consent banner"),                                                      # cookies, any language
    (L.cookie_prompt, "We and our 100 partners store and/or access information on a device, such as unique IDs in "
                      "cookies to process personal data. You may accept or manage your choices by clicking below, "
                      "including your right to object where legitimate interest is used, or at any time in the "
                      "privacy policy page. These choices will be signaled to our partners and will not affect "
                      "browsing data.", "consent notice"),
    (L.cookie_prompt, "Wir und unsere Partner verarbeiten Daten, um Folgendes bereitzustellen: Informationen auf einem "
                      "Gerät speichern und/oder abrufen. Personalisierte Werbung und Inhalte, Messung von Werbeleistung "
                      "und der Performance von Inhalten, Zielgruppenforschung sowie Entwicklung und Verbesserung von "
                      "Angeboten. Sie können Ihre Auswahl jederzeit ändern, indem Sie unten auf die Einstellungen "
                      "klicken, auch um einer Verarbeitung auf Grundlage eines berechtigten Interesses zu "
                      "widersprechen, und zwar jederzeit.", "consent notice"),
    (L.cookie_prompt, "This website uses cookies to improve your experience while you navigate through the website. "
                      "Out of these cookies, the cookies that are categorized as necessary are stored on your browser "
                      "as they are essential for the working of basic functionalities of the website. We also use "
                      "third-party cookies that help us analyze and understand how you use this website. These cookies "
                      "will be stored in your browser only with your consent. You also have the option to opt-out of "
                      "these cookies.", "consent notice"),        # a consent plugin's overview: longer than a banner, opens by saying so
    (L.cookie_prompt, "The technical storage or access that is used exclusively for statistical purposes.",
     "a consent dialog's purpose"),            # a consent plugin's purposes: no cookie named, in its own words
    (L.cookie_prompt, "Die technische Speicherung oder der Zugang ist unbedingt erforderlich für den rechtmäßigen "
                      "Zweck, die Nutzung eines bestimmten Dienstes zu ermöglichen.", "a consent dialog's purpose"),
    (L.paywall_prompt, "Subscribe to continue reading this article", "paywall prompt"),
    (L.paywall_prompt, "Réservé aux abonnés", "paywall prompt"),
    (L.paywall_prompt, "Kostenlos registrieren und weiterlesen", "paywall prompt"),
    (L.paywall_prompt, "Anmelden und weiterlesen", "paywall prompt"),
    (L.paywall_prompt, "Ingrese o regístrese acá para guardar los artículos", "paywall prompt"),     # a login
    (L.tag_widget, "Tópicos: País | Presidente Boric", "tag or topic list"),
    (L.tag_widget, "Filtrar por etiqueta: #hábitos #huerto", "tag or topic list"),   # a list's filter (Bear Blog's)
    (L.tag_widget, "Stichwörter: Backup", "tag or topic list"),                  # a wiki's (XWiki's, in German)
    (L.tag_widget, "カテゴリ:", "tag or topic list"),                           # Japanese: "Category:" over its list
    (L.tag_widget, "Kategori: Alle Konsert Styret", "tag or topic list"),        # a list's filter, in Norwegian
    (L.comment_widget, "3 yorum", "comment widget"),                  # a card's count of comments, in Turkish
    (L.tag_widget, "标签: 徒步, 山", "tag or topic list"),                        # Chinese: "Tags: …"
    (L.tag_widget, "Címkék: paradicsom , tél 12 komment", "tag or topic list"),   # Hungarian (blog.hu's card)
    (L.tag_widget, "Categorieën", "tag or topic list"),          # "Categories" in Dutch, WordPress's label over
    (L.tag_widget, "Kategorien: Gesellschaft, Länder, Menschen", "tag or topic list"),     # a post's, in German
    (L.email_signature, "--\nMaren Holt\nUpper Tarn water survey", "an e-mail's signature"),
    (L.comment_widget, "Sign in to answer", "comment form"),                 # a Q&A page's prompt and form
    (L.comment_widget, "Your answer", "comment widget"),
    (L.ad_marker, "Advertisement", "advertisement marker"),
    (L.ad_marker, "- Anzeige -", "advertisement marker"),
    (L.ad_marker, "Iklan", "advertisement marker"),              # Malay / Indonesian
    (L.ad_marker, "CONTINUA DEPOIS DA PUBLICIDADE", "advertisement marker"),   # "goes on after the ad"
    (L.share_widget, "Als E-Mail senden", "share or print buttons"),
    (L.share_widget, "Auf Pinterest pinnen", "share or print buttons"),
    (L.ad_marker, "Publicidade", "advertisement marker"),        # Portuguese
    (L.ad_marker, "Zum Shop", "a shop's button"),                 # (ad_marker's reason says which it is)
    (L.ad_marker, "In den Warenkorb", "a shop's button"),
    (L.ad_marker, "Aggiungi al carrello Acquista ora", "a shop's button"),    # (and buy it now beside it)
    (L.ad_marker, "Direkt kaufen", "a shop's button"),
    (L.social_prompt, "Submit your letter to the editor via this form", "social or app prompt"),
    (L.social_prompt, "Zapraszamy też do subskrypcji tygodnika", "social or app prompt"),
    (L.shop_button, "Check Price at Amazon (on sale!)", "a shop's button"),
    (L.shop_button, "See price at Best Buy", "a shop's button"),
    (L.shop_button, "Buy on Amazon", "a shop's button"),
    (L.shop_button, "Jetzt bei Otto kaufen", "a shop's button"),
    (L.shop_button, "Voir le prix sur Amazon", "a shop's button"),
    (L.shop_button, "See it at Amazon", "a shop's button"),
    (L.shop_button, "$299 at Amazon", "a shop's button"),                     # the price on the button
    (L.ad_marker, "Sponsor message", "advertisement marker"),                 # a radio site's ad
    (L.ad_marker, "Dodaj do koszyka", "a shop's button"),                       # Saleor's, in Polish
    (L.ad_marker, "Advertisement - Page Continues Below", "advertisement marker"),
    (L.share_widget, "View this post on Instagram", "share or print buttons"),     # an embedded post's link
    (L.share_widget, "Open in a new tab", "share or print buttons"),
    (L.data_dump, "Loading prices for your region…", "a script's placeholder"),
    (L.data_dump, "Wird geladen...", "a script's placeholder"),
    (L.data_dump, "Warning: Use of undefined constant comments - assumed 'comments' (this will throw an Error in a "
                  "future version of PHP) in /htdocs/wp-content/plugins/recent-comments.php on line 928",
     "the server's error message"),
    (L.data_dump, "PHP Notice: Undefined index: page in /var/www/html/index.php on line 12",
     "the server's error message"),                     # the prefix PHP's command-line and log formats write
    (L.data_dump, "https://shop.example/silla-47 https://shop.example/web/image/47/image_1920",   # hidden itemprops
     "bare addresses (the markup's hidden properties)"),
    (L.comment_widget, "Comments", "comment widget"),
    (L.comment_widget, "[ 167 comments ]", "comment widget"),
    (L.comment_widget, "12 Kommentare", "comment widget"),
    (L.comment_widget, "Vos réactions (11)", "comment widget"),
    (L.comment_widget, "Ratings & Reviews", "comment widget"),      # a shop's label over its reviews (Flipkart's)
    (L.comment_widget, "Notify me on new follow-up comments new replies to my comments", "comment form"),
    (L.comment_widget, "Benachrichtige mich über nachfolgende Kommentare via E-Mail.", "comment form"),
    (L.copyright_footer, "I agree to the processing of my data in accordance with the privacy policy.",
     "legal notice"),                                                # a sign-up form's consent box
    (L.copyright_footer, "This post contains references to products from one or more of our advertisers. We may "
     "receive compensation when you click on links to those products.", "legal notice"),   # an affiliate disclosure
    (L.copyright_footer, "Letzte Aktualisierung am 2.02.2022 / Bei den Verlinkungen handelt es sich um Affiliate "
     "Links / Bilder von der Amazon Product Advertising API", "legal notice"),
    (L.copyright_footer, "As an Amazon Associate I earn from qualifying purchases.", "legal notice"),
    (L.copyright_footer, "To the extent possible under law, the editors have waived all copyright and related or "
     "neighboring rights to this work.", "legal notice"),                       # CC0's waiver, a specification's head
    (L.copyright_footer, "Натискаючи кнопку, ви погоджуєтесь з політикою конфіденційності", "legal notice"),
    (L.search_prompt, "5 posts • Page 1 of 1", "page counter"),          # a thread's counter (phpBB's)
    (L.search_prompt, "Seite 2 von 5", "page counter"),
    (L.search_prompt, "Page 1 of 40 Next", "page counter"),               # with the link to the next page
    (L.search_prompt, "Page : 1", "page counter"),                        # (HardWare.fr's)
    (L.search_prompt, "Strona: 1 Odpowiedz", "page counter"),             # with the thread's reply button (UseBB's)
    (L.search_prompt, "Page 1 Post Reply", "page counter"),
    (L.search_prompt, "Pagina 1 / 4 »", "page counter"),             # Pelican's, its next page's arrow after it
    (L.search_prompt, "Page 2 of 5", "page counter"),
    (L.search_prompt, "123...18Page 1 of 18", "page counter"),        # its pages' numbers glued before it
    (L.search_prompt, "Il y a 6 produits.", "results counter"),       # a shop's category counts its products
    (L.search_prompt, "There are 12 products.", "results counter"),
    (L.search_prompt, "Users browsing this forum: No registered users and 3 guests",
     "a board's count of who is reading it"),                          # under a thread (phpBB's)
    (L.search_prompt, "Mitglieder in diesem Forum: 0 Mitglieder und 6 Gäste", "a board's count of who is reading it"),
    (L.search_prompt, "There are currently 2 users browsing this thread. (0 members and 2 guests)",
     "a board's count of who is reading it"),                          # vBulletin's
    (L.search_prompt, "0 Members and 1 Guest are viewing this topic.", "a board's count of who is reading it"),  # SMF's
    (L.search_prompt, "Users browsing this thread: 1 Guest(s)", "a board's count of who is reading it"),  # MyBB's
    (L.search_prompt, "Usuarios navegando en este tema: 1 invitado(s)", "a board's count of who is reading it"),
    (L.search_prompt, "0 użytkowników i 2 Gości przegląda ten wątek.", "a board's count of who is reading it"),
    (L.search_prompt, "Zur Zeit sind 3 Gäste und 0 Mitglied(er) online.", "a board's count of who is reading it"),
    (L.search_prompt, "There are currently, 3 guest(s) and 0 member(s) that are online.",
     "a board's count of who is reading it"),                          # PHP-Nuke's
    (L.search_prompt, "You are visitor number since March 1999.", "a page's count of its visitors"),  # (its image gone)
    (L.search_prompt, "Sie sind Besucher Nr. 1234", "a page's count of its visitors"),
    (L.search_prompt, "12,345 visitors since 2001", "a page's count of its visitors"),
    (L.search_prompt, "8,1 тыс. просмотров", "a page's count of its visitors"),    # (its thousands spelt: Dzen's)
    (L.search_prompt, "Hits: 187", "a page's count of its visitors"),   # a post's readers (Joomla's, on each card)
    (L.search_prompt, "Topic: Which rain barrel for a small balcony? (Read 412 times)",
     "a page's count of its visitors"),                                 # a thread's title bar (SMF's, YaBB's)
    (L.search_prompt, "Onderwerp: Welke regenton voor een klein balkon? (Gelezen 412 keer)",
     "a page's count of its visitors"),
    (L.search_prompt, "Pagina 1", "page counter"),                     # a thread's one page (YaBB's)
    (L.copyright_footer, "Balkontuin Forum » Aangedreven door YaBB 2.5.2!", "the software the site runs on"),
    (L.copyright_footer, "Proudly powered by WordPress", "the software the site runs on"),
    (L.copyright_footer, "Der Inhalt dieser Seite ist urheberrechtlich geschützt und Eigentum von H & M Hennes & "
                         "Mauritz AB.", "legal notice"),         # the site's content said to be under copyright
    (L.copyright_footer, "برای استفاده از مطالب دیجی‌کالا، ذکر «منبع» کافیست. تمامی حقوق اين وب‌سايت برای شرکت "
                         "نوآوران فن آوازه است.", "legal notice"),     # (Persian's: "all rights of this website …")
    (L.copyright_footer, "Política de privacidade", "footer links"),
    (L.copyright_footer, "Unterstützt von Asgaros Forum", "the software the site runs on"),
    (L.copyright_footer, "Con la tecnología de Verint Community", "the software the site runs on"),   # Spanish
    (L.copyright_footer, "Desenvolvido por Loja Integrada", "the software the site runs on"),       # Portuguese
    (L.copyright_footer, "created with", "the software the site runs on"),     # its links gone (Nicepage's)
    (L.copyright_footer, "Made with Webstudio", "the software the site runs on"),    # a site builder it names
    (L.social_prompt, "フォロー 38 フォロワー 1,204", "a profile's counts of its followers"),   # (note's)
    (L.social_prompt, "38 Following · 1,204 Followers", "a profile's counts of its followers"),
    (L.social_prompt, "12.5K Followers", "a profile's counts of its followers"),
    (L.copyright_footer, "Generated by EDoc", "the software the site runs on"),      # a documentation generator
    (L.copyright_footer, "Generated by Doxygen 1.9.8", "the software the site runs on"),
    (L.copyright_footer, "Studio Ferri di Paolo Ferri · P.IVA 01234567890 · Via Indipendenza 10, Bologna",
     "the business's name, address and registration"),                      # its number in the register, for tax
    (L.copyright_footer, "Tømrer Hansen ApS · Industrivej 12 · 8260 Viby J · CVR 12345678",
     "the business's name, address and registration"),
    (L.copyright_footer, "상호: 소소한 그릇 | 대표: 김하늘 | 사업자등록번호: 123-45-67890",     # Korean
     "the business's name, address and registration"),
    (L.copyright_footer, "© 2026 Ana Lima · Built with Hugo", "copyright line"),
    (L.copyright_footer, "Notes from the allotment · Built with Hugo", "the software the site runs on"),
    (L.copyright_footer, "Criado com Simvoly", "the software the site runs on"),       # in its own language
    (L.copyright_footer, 'Obtenido de " https://es.cppreference.com/mwiki/index.php?title=cpp/vector&oldid=23611"',
     "a wiki's footer"),                                 # a wiki's (MediaWiki's) footer, in the wiki's language
    (L.copyright_footer, "This page was last edited on 14 October 2024, at 09:22.", "a wiki's footer"),
    (L.copyright_footer, "Esta página se ha visitado 48.211 veces.", "a wiki's footer"),
    (L.copyright_footer, "Diese Seite wurde bisher 1.234-mal abgerufen.", "a wiki's footer"),
    (L.search_prompt, "Online: Brotbackmichel, 3 Gäste", "a board's count of who is reading it"),   # Asgaros's
    (L.social_prompt, "Schrijf je in voor onze nieuwsbrief en ontvang 10% korting op je eerste bestelling.",
     "social or app prompt"),                                           # a newsletter's prompt in Dutch
    (L.search_prompt, "Aufrufe: 1.204", "a page's count of its visitors"),
    (L.search_prompt, "1.1k views", "a page's count of its visitors"),
    (L.search_prompt, "Exibindo de 1 até 6 de 9 (2 páginas)", "results counter"),     # OpenCart's, Portuguese
    (L.search_prompt, "Toont 1–12 van 40 resultaten", "results counter"),              # WooCommerce's, Dutch
    (L.comment_header, "joetoronto says:", "comment signature"),
    (L.comment_header, "34 responses to “Anthony Lynn”", "comment signature"),
    (L.comment_header, "3 reviews for Hand-thrown Stoneware Mug", "the heading over a shop's reviews"),
    (L.byline, "Posted by Ruth Moss at 6:42 PM 2 comments:", "byline (metadata)"),   # Blogger's signature
    (L.byline, "Eingestellt von Michel Frey um 21:11 Keine Kommentare:", "byline (metadata)"),
    (L.comment_header, "2 Bewertungen für Katzendecke Blau", "the heading over a shop's reviews"),
    (L.comment_header, 'Kundenbewertungen für "Trixie Natura"', "the heading over a shop's reviews"),
    (L.comment_header, "Customer reviews for Sea Green Mug", "the heading over a shop's reviews"),
    (L.comment_header, "Milan Griffes on September 12, 2018 at 4:47 pm said:", "comment signature"),
    (L.comment_header, "10 thoughts on “Business Focus: It’s Why Some People Triumph”", "comment signature"),
    (L.comment_header, "One Response to “Anthony Lynn”", "comment signature"),
    (L.comment_header, "Giulia dice", "comment signature"),
    (L.comment_header, "Ben 19. Juni 2018 um 15:28 Uhr - Antworten", "comment signature with its time"),   # its button
    (L.comment_header, "17.10.2019, 14:14 Zum Antworten anmelden Zitieren #", "comment signature with its time"),
    (L.comment_header, "March 3, 2020 at 10:14 am Reply", "comment signature with its time"),
    (L.comment_widget, "Click here to cancel reply.", "comment widget"),       # the comment form's link
    (L.comment_widget, "Hier klicken, um das Antworten abzubrechen.", "comment widget"),
    (L.comment_widget, "No Comments", "comment widget"),                       # the count under a post
    (L.comment_widget, "Keine Kommentare:", "comment widget"),
    (L.comment_widget, "Kommentar posten", "comment widget"),                 # Blogger's "Post a Comment"
    (L.share_widget, "TEILEN TWITTERN TEILEN MAILEN", "share or print buttons"),
    (L.share_widget, "14 diggs", "share or print buttons"),                  # a share count
    (L.share_widget, "Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest",
     "share or print buttons"),                                             # Blogger's row, its links glued
    (L.share_widget, "Enviar por correo electrónicoEscribe un blogCompartir en XCompartir con Facebook",
     "share or print buttons"),
    (L.share_widget, "Wyślij pocztą e-mailWrzuć na blogaUdostępnij w usłudze XUdostępnij w usłudze Facebook",
     "share or print buttons"),
    (L.share_widget, "Click to tweet", "share or print buttons"),
    (L.share_widget, "Whatsapp Facebook Pint Baixar", "share or print buttons"),   # and the download button
    (L.social_prompt, "No spam, we promise. You can unsubscribe at any time and we'll never share your details "
                      "without your permission.", "social or app prompt"),      # a newsletter box's promise
    (L.social_prompt, "Breaking News Emails", "social or app prompt"),
    (L.social_prompt, "If you haven’t already subscribed, I recommend doing so.", "social or app prompt"),
    (L.social_prompt, "Follow him on Instagram or on Threads.", "social or app prompt"),
    (L.gallery_widget, "Video", "gallery button"),                             # a player's label alone
    (L.gallery_widget, "Image", "gallery button"),
    (L.ad_marker, "Advert", "advertisement marker"),
    (L.tag_widget, "Small Business Advice (306) outsourced accounting (270) bookkeeping services (195) netsuite (121)",
     "tags or categories with their counts"),
    (L.tag_widget, "Archiv Monat auswählen Februar 2020 (5) Januar 2020 (13) Dezember 2019 (14) November 2019 (12)",
     "tags or categories with their counts"),
    (L.comment_widget, "Save my name, email, and website in this browser for the next time I comment.", "comment form"),
    (L.comment_widget, "Ihre E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
     "comment form"),
    (L.social_prompt, "Share your thoughts with friends.", "social or app prompt"),
    (L.tag_widget, "In this article:, , , , , ,", "tag or topic list"),
    (L.tag_widget, "Themen in diesem Artikel", "tag or topic list"),
    (L.tag_widget, "Markiert mit", "tag or topic list"),
    (L.tag_widget, "Labels: genres, through the booking glass", "tag or topic list"),          # Blogger's
    (L.tag_widget, "getaggt mit: Grundeinkommen, Berlin, Demonstration", "tag or topic list"),
    (L.tag_widget, "Tags: Ukraine, Russia, peace talks", "tag or topic list"),
    (L.tag_widget, "Themen:", "tag or topic list"),
    (L.tag_widget, "Kenya, Uganda, Tanzania: , , ,", "empty tag list"),
    (L.copyright_footer, "© 2005-2019 SlashGear, All Rights Reserved.", "copyright line"),
    (L.copyright_footer, "About Us | Contact Us | Terms of Use", "footer links"),
    (L.copyright_footer, "Contact us", "footer links"),
    (L.copyright_footer, "Copyright © Capital FM. All rights reserved.", "copyright line"),
    (L.copyright_footer, "카페 이용약관 개인정보처리방침 © Kakao Corp.", "copyright line"),    # (the holder's name
    #                                                                         after it, the footer's links before it)
    (L.copyright_footer, "The Daily Planet Ltd ©", "copyright line"),
    (L.copyright_footer, "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen "
                         "nicht verwendet werden.", "legal notice"),                 # the site's licence, under each text
    (L.copyright_footer, "This work is licensed under a Creative Commons Attribution 4.0 International License.",
     "legal notice"),
    (L.copyright_footer, "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service "
                         "apply.", "legal notice"),                                 # a form's reCAPTCHA line
    (L.copyright_footer, "JavaScript ist deaktiviert. Für eine bessere Darstellung aktiviere bitte JavaScript in "
                         "deinem Browser, bevor du fortfährst.", "legal notice"),   # a forum's notice, in German
    (L.copyright_footer, "Du verwendest einen veralteten Browser. Es ist möglich, dass diese oder andere Websites "
                         "nicht korrekt angezeigt werden.", "legal notice"),
    (L.relative_time, "2 days ago", "relative time"),
    (L.relative_time, "vor 3 Stunden", "relative time"),
    (L.relative_time, "il y a 2 jours", "relative time"),
    (L.relative_time, "hace 5 minutos", "relative time"),
    (L.relative_time, "hace 1 mes", "relative time"), (L.relative_time, "il y a 1 semaine", "relative time"),   # (one
    (L.relative_time, "vor 1 Woche", "relative time"), (L.relative_time, "há 1 mês", "relative time"),  # unit alone)
    (L.relative_time, "3 дня назад", "relative time"), (L.relative_time, "5 хв тому", "relative time"),   # (Russian,
    #                                                                                                   Ukrainian)
    (L.relative_time, "This article is more than 3 months old", "the article's age"),     # The Guardian's notice
    (L.reading_time, "8 min read", "reading time"),
    (L.reading_time, "Reading Time: 3 minutes", "reading time"),
    (L.reading_time, "Lesezeit: ca. 3 Minuten", "reading time"),
    (L.reading_time, "3 min de lecture", "reading time"),
    (L.reading_time, "[rt_reading_time] min read", "reading time"),        # a theme's placeholder, unfilled
    (L.caption_credit, "Officials joined the call from Miami/Ukraine_Presidency", "caption ending in a credit"),
    (L.caption_credit, "The president speaks in Kyiv. REUTERS/Valentyn Ogirenko", "caption ending in a credit"),
    (L.caption_credit, "Protesters gather outside parliament in Madrid EPA/EFE", "caption ending in a credit"),
    (L.caption_credit, "Schneeräumpflicht - was man darüber wissen muss© Rike/pixelio.de", "caption ending in a credit"),
    (L.caption_credit, "Photo: Jane Doe", "caption label"),
    (L.caption_credit, "Berlin: protesters march on Sunday/AP", "caption ending in a credit"),
    (L.caption_credit, "Bild: dpa", "caption label"),
    (L.caption_credit, "Titelbild: Geyres Christophe/ABACA/picture-alliance", "caption label"),
    (L.caption_credit, "Kuva: ALEXANDER BECHER", "caption label"),                  # Finnish "Photo:"
    (L.caption_credit, "The team celebrates a goal (Photo by John Smith)", "photo credit"),
    (L.caption_credit, "Der Bürgermeister bei der Eröffnung (Foto: dpa)", "photo credit"),
    (L.caption_credit, "Jason Cipriani/ZDNet", "caption ending in a credit"),     # the photographer's name alone
    (L.caption_credit, "Stau © aremac / Clipdealer", "caption ending in a credit"),
    (L.caption_credit, "Image copyright Getty Images", "photo credit"),
    (L.byline, "By Chris Davies", "byline (metadata)"),
    (L.byline, "作者: 阿远", "byline (metadata)"), (L.byline, "작성자: 김민준", "byline (metadata)"),  # (no capitals)
    (L.byline, "作者:阿明", "byline (metadata)"), (L.byline, "作者：阿明", "byline (metadata)"),  # (no space after
    #                                                                                        its colon: Z-Blog's)
    (L.byline, "Von Anna Müller", "byline (metadata)"),
    (L.byline, "Themenstarter Pepemaus", "byline (metadata)"),                   # a forum thread's author
    (L.byline, "By Megan Rowe meganr@spokesman.com (509) 459-5382", "byline (metadata)"),   # the name, then contacts
    (L.byline, "Natasha Turak @NatashaTurak", "byline (a name and its social handle)"),
    (L.byline, "Catherine Shu @catherineshu / 2 days", "byline (a name and its social handle)"),
    (L.date_line, "Published", "publication date label (metadata)"),
    (L.date_line, "Updated: Nov 19, 2019", "publication date label (metadata)"),
    (L.date_line, "时间: 2024-10-20", "publication date label (metadata)"),          # (Chinese: Typecho's card)
    (L.date_line, "投稿日：2024年10月20日", "publication date label (metadata)"),
    (L.date_line, "Chris Davies - Nov 19, 2019, 10:31 pm CST", "date line (metadata)"),
    (L.date_line, "สวนหลังบ้าน 12 มีนาคม 2567 เวลา 15:21 น.", "date line (metadata)"),   # (Thai: "น.", o'clock)
    (L.date_line, "19. November 2019", "date line (metadata)"),
    (L.date_line, "Datum: 19.11.2019", "date line (metadata)"),            # the label says only that it is a date
    (L.date_line, "Source: Russian Defense Ministry, October 25, 2019", "date line (metadata)"),
    (L.date_line, "Last Modified: August 08, 2023", "date line (metadata)"),
    (L.date_line, "Jess says: October 7, 2008 at 11:49 am", "date line (metadata)"),      # a comment's signature
    (L.date_line, "Fama: Jueves 28 de Abril de 2022 5:03 PM", "date line (metadata)"),    # a section and a timestamp
    (L.date_line, "Veröffentlichung: 04.02.2022", "date line (metadata)"),
    (L.date_line, "2024-11-06", "date line (metadata)"),                 # its hyphens are no range of days
    (L.date_line, "Updated 2019-11-19 13:00-14:00 CET", "publication date label (metadata)"),
    (L.gallery_widget, "Image 1 of 8", "gallery counter"),
    (L.caption_credit, "In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr., "
                       "left, works on the International Space Station", "photo caption ('In this … photo')"),
    (L.ad_marker, "Ihr Warenkorb ist leer", "a shop's button"),
    (L.tag_widget, "Dieser Eintrag wurde veröffentlicht in Allgemein. Lesezeichen für den Permalink.",
     "the post's categories and tags"),
    (L.copyright_footer, "Trotz sorgfältiger inhaltlicher Kontrolle übernehme ich keine Haftung für die Inhalte "
                         "externer Links.", "legal notice"),
    (L.social_prompt, "Want more deals? Join the IGN Deals Newsletter.", "social or app prompt ('Newsletter')"),
    (L.social_prompt, "There was an error processing your subscription.", "social or app prompt ('There was an error')"),
    (L.copyright_footer, "The material on this site may not be reproduced, distributed or transmitted.", "legal notice"),
    (L.copyright_footer, "Apple logo, Apple TV, App Store, iPad, iPhone, and iPod touch are registered trademarks of "
                         "Apple Inc.", "legal notice"),                              # a site's trademark notice
    (L.copyright_footer, "*These statements have not been evaluated by the Food and Drug Administration. These "
                         "products are not intended to diagnose, treat, cure, or prevent any disease.", "legal notice"),
    (L.copyright_footer, "Consult your physician and follow all safety instructions before beginning any exercise "
                         "program or using any supplement or meal replacement product, especially if you have any "
                         "unique medical conditions or needs. The contents on our website are for informational "
                         "purposes only, and are not intended to diagnose any medical condition.", "legal notice"),
    (L.comment_widget, "Comments are subject to our community guidelines, which can be viewed here.", "comment form"),
    (L.gallery_widget, "1 / 8", "gallery counter"),
    (L.gallery_widget, "Back to Gallery", "gallery button"),
    (L.gallery_widget, "Bild anzeigen Bild schließen", "gallery button"),
    (L.date_line, "By Jason Cipriani | November 18, 2019 -- 19:14 GMT (19:14 GMT) | Topic: Hardware",
     "date line (metadata)"),
    (L.date_line, "Dec 08, 2019 by Stephen Bay in Growth", "date line (metadata)"),
    (L.date_line, "By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", "date line (metadata)"),
    (L.date_line, "Miércoles, 4 de Mayo de 2022 a las 07:46hrs.", "date line (metadata)"),    # 'hrs.' ends a time
    (L.date_line, "Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT", "date line (metadata)"),
    (L.byline, "Written by: Nancy Peyer", "byline (metadata)"),         # a colon after the label
    (L.byline, "Author : Dennis Najjar", "byline (metadata)"),
    (L.byline, "Veröffentlicht von Cem Basman", "byline (metadata)"),   # a theme's 'Posted by' in German
    (L.byline, "Publicado por Alberto González", "byline (metadata)"),
    (L.byline, "Publié par Jeanne Dupont", "byline (metadata)"),
    (L.byline, "Contributors: Janet Loughrey", "byline (metadata)"),    # a label that names several
    (L.byline, "Artikel von Alexa von Heyden", "byline (metadata)"),    # German 'article by'
    (L.byline, "| By Lisa Duffy", "byline (metadata)"),                 # a separator left of the byline
    (L.date_line, "Posted on November 25, 2024 December 3, 2024 in College of Health Sciences, General, Healthcare, "
                  "Master of Science in Applied Nutrition & Dietetics", "entry line: a publication label and its date"),
    (L.date_line, "By Chris McNamara ⋅ Founder and Editor-in-Chief ⋅ Updated May 6, 2025",
     "entry line: a byline and a date"),
    (L.doubled_title, "Best Black Friday deals on mattresses 2019 Best Black Friday deals on mattresses 2019",
     "the same title twice"),
    (L.teaser_link, "Read more: Visiting Kinkakuji Temple (The Golden Pavilion) in Kyoto, Japan",
     "a link to another story"),
    (L.teaser_link, "Lesen Sie auch » Warum die Bahn im Winter so oft zu spät kommt", "a link to another story"),
    (L.comment_widget, "CommentsRestacks", "comment widget"),      # two tabs' labels glued by the renderer
    (L.comment_widget, "コメント(2)", "comment widget"),            # Japanese: a post's count of comments
    (L.comment_widget, "댓글 3", "comment widget"),                 # Korean
    (L.share_widget, "drukuj", "share or print buttons"),            # Polish: print
    (L.toggle_button, "Quellen ausblenden", "show or hide button"),
    (L.toggle_button, "(Show more)", "show or hide button"),
    (L.toggle_button, "Expand All", "show or hide button"),
    (L.toggle_button, "View full details", "show or hide button"),   # a shop's link under a product
    (L.tag_widget, "Mehr lesen über:", "tag or topic list"),         # over its links to the site's topics
    (L.caption_credit, "Foto © Peter Steiger", "photo credit"),
    (L.caption_credit, "Wer die Äste auf die Wege zieht, ist unklar (Symbolbild).", "photo credit"),   # stock photo
    (L.caption_credit, "Die Vertreter sprachen mit der Ministerin. (Bildquelle: Ring der Landjugend )", "photo credit"),
    (L.caption_credit, "Neue Online-Seminare starten im März. (Quelle: Hume/Unsplash/DJV)", "photo credit"),
    (L.caption_credit, "Angela Merkel keskusteli Sanna Marinin kanssa. Kuva: ALEXANDER BECHER", "photo credit"),
    (L.caption_credit, "Źródło: Statista.com", "caption label ('Źródło')"),      # Polish: source
    (L.share_widget, "Artikel gefallen? Vergiss nicht zu teilen!", "share or print buttons"),
    (L.tag_widget, "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter debianforum, Linux, Tutorials",
     "the post's categories and tags"),
    (L.paywall_prompt, "This is a preview of subscription content, log in to check access.",
     "paywall prompt ('preview of subscription content')"),
    (L.paywall_prompt, "Instant access to the full article PDF.",
     "paywall prompt ('Instant access to the full article')"),
    (L.data_dump, "https://example.com/wp-content/cache/js/inline_script_6.js?ver=1773518052 "
                  "https://example.com/wp-content/cache/js/vendor-react.min.js?ver=1773518052",
     "addresses of scripts or stylesheets"),
    (L.data_dump, '{"layoutMobile":2,"layoutDesktop":4,"buttonAlign":"Center","buttonText":"Buy now","productTitle":'
                  '{"hue":213,"brightness":0.83,"saturation":1},"priceColor":{"hue":0,"saturation":1}}',
     "a line of JSON data"),
    (L.form_options, "Select Country United States Canada Afghanistan Åland Islands Albania Algeria American Samoa "
                     "Andorra Angola Anguilla Antarctica Antigua and Barbuda Argentina Armenia Aruba Australia Austria "
                     "United States Minor Outlying Islands, U.S. Wallis and Futuna", "the options of a drop-down list"),
    (L.form_options, "Land auswählen Deutschland Österreich Schweiz Belgien Dänemark Frankreich Italien Luxemburg "
                     "Niederlande Polen Portugal Spanien Schweden Norwegen Finnland Irland Island Tschechien Ungarn "
                     "Estland Lettland",
     "the options of a drop-down list"),
])
def test_rule_removes(rule, text, reason, ctx):
    got = verdict(rule, text, ctx)
    assert got is not None and got.startswith(reason), got


@pytest.mark.parametrize("rule", L.RULES, ids=lambda r: r.name)
def test_rule_keeps_prose(rule, ctx):
    assert verdict(rule, PROSE, ctx) is None


@pytest.mark.parametrize("text", [
    "--",                                                                    # the mark alone: nothing signed
    "--\nThe gaps always fall on the full hour, and the battery log shows nothing unusual at those times.",
    "-- and then the loggers stopped.\nMaren",                              # a dash that opens a sentence
    "--\n" + "\n".join(f"line {n}" for n in range(8)),                      # (too long for a signature)
])
def test_an_e_mails_signature_is_a_few_short_lines_under_the_mark_alone(text, ctx):
    assert L.email_signature.fn(make_block(text), ctx) is None


@pytest.mark.parametrize("kind,gone", [("table", False), ("paragraph", True)])
def test_a_tables_last_cell_is_no_photo_credit(kind, gone, ctx):
    """OBI's specifications, the last row "Farbe" / "Grau/Orange": a value with a slash, no agency after a photo."""
    text = "Länge\t20 m\nBerstdruck\t22 bar\nFarbe\tGrau/Orange" if kind == "table" else \
        "Der Schlauch im Garten in Altona. Foto: Grau/Orange"
    assert (L.caption_credit.fn(make_block(text, kind=kind), ctx) is not None) is gone


def test_a_sections_heading_that_names_a_footer_link_is_a_heading(ctx):
    """"Contact us" over the address (Durable's <h2>): a heading, not the footer's row of links."""
    heading = make_block("Contact us", kind="heading", tag="h2")
    assert L.copyright_footer.fn(heading, ctx) is None
    assert L.copyright_footer.fn(heading._replace(kind="paragraph", tag="p"), ctx) == "footer links"


@pytest.mark.parametrize("rule,text", [
    (L.tag_widget, "01.02.2022 Kategorie: Synchronschwimmen, Verband"),     # the post's date first: its date line
    (L.copyright_footer, "Published: Mar 8, 2024 · Modified: May 19, 2025 by Jessica Robinson · This post may "
                         "contain affiliate links"),     # a date line that ends with a disclosure: date_line's
    (L.comment_header, "205669 Bewertungen zu Verivox abgegeben"),   # a site's box of its ratings, mid-page
    (L.comment_header, "Kundenbewertungen sind für uns wichtig"),      # a sentence about them
    (L.search_prompt, "See page 1 of 3 of the report for the numbers."),   # a sentence about a page
    (L.date_line, "Joined: Mon Mar 07, 2022 9:10 am"),      # when a poster joined the board: the post's frame
    (L.copyright_footer, "Bloggers who use affiliate links must say so, the regulator ruled on Tuesday."),   # news
    (L.social_prompt, "The company bought WhatsApp in 2014 and has since tried to follow us all, analysts at the "
                      "bank said in a note to clients that runs to more than forty pages and that questions its plan."),
    (L.social_prompt, "Follow the money on Twitter"),
    (L.share_widget, "Facebook shares fell 5% on Tuesday."),
    (L.share_widget, "Gefällt mir sehr gut, sagt Müller."),              # the like button's words in a sentence
    (L.comment_widget, "The minister declined to comment."),
    (L.comment_widget, "Name (required) is the first of the form's three fields, and the site explains why it asks."),
    (L.comment_widget, "Website (optional)"),                        # no mark that the field must be filled
    (L.comment_widget, "The following users thanked the nurses in a letter to the hospital, which the board read out "
                       "at its meeting on Tuesday evening before the vote on the new wing and the car park "
                       "that had divided the town for years."),         # a sentence of a story: longer
    (L.comment_widget, "This thread was a turning point: after it, the company closed its forum for good and "
     "moved support to email, which customers had asked for since the first outage in the spring of 2019."),
    (L.comment_widget, "Comments are a small part of the site, and the editors read every one before it goes up."),
    (L.comment_header, "June 3, 2020 at 10:14 am Leave a reply"),     # a post's header: the form's link, no button
    (L.comment_header, "The talks ran until 10:30 on March 3, 2020, and then we had no time to reply"),   # a sentence
    (L.comment_header, "Reply"),                                      # a button alone: no one signs it
    (L.social_prompt, "Click here to cancel reply."),                 # comment_widget's: the comments begin here
    (L.gallery_widget, "Image of the day shows a comet over the city"),   # a sentence that opens with the label
    (L.shop_button, "$299 at Amazon is a steal, the reviewer said."),      # a sentence about the price
    (L.shop_button, "See it at the Louvre"),                               # no shop's name after "at"
    (L.social_prompt, "Please share the costs fairly, the judge told the two towns on Monday in her ruling."),
    (L.ad_marker, "The story continues below the fold in the print edition."),
    (L.social_prompt, "Please share your thoughts on the plan with the council, the mayor said on Monday."),  # reported
    (L.share_widget, "Digg was once the most popular news site on the web, and then it fell apart."),
    (L.share_widget, "Download the full report (PDF, 2 MB)"),           # a link to a file the story offers
    (L.relative_time, "Two days ago the storm hit the coast and cut power to thousands."),
    (L.relative_time, "This article is more than a summary of the three months of talks."),     # no age
    (L.relative_time, "-a days"),                             # a program's option and its argument (mandoc's)
    (L.reading_time, "5 min"),                                # a duration alone: a recipe's step
    (L.reading_time, "Prep time: 5 min"),
    (L.reading_time, "Reading time is falling among teenagers, a study found."),
    (L.caption_credit, "The 24/7 service is open to everyone."),
    (L.caption_credit, "13 Figma Alternatives for UI/UX Design"),       # two abbreviations joined: a name
    (L.caption_credit, "Smart A/B Testing"),
    (L.caption_credit, "Secure key vendors (photo, video, florist, entertainment)"),    # a list in brackets
    (L.caption_credit, "Remove The Existing Paint/Stain"),      # a title with a slash: no caption before it
    (L.caption_credit, "Walk/Run Easy"),
    (L.caption_credit, "All stories © 2021 by the authors"),      # a copyright's year: a site's line, no photo's
    (L.caption_credit, "Food/Dining"),
    (L.caption_credit, "放在客廳靠窗的位置 -- ※ 發信站: 批踢踢實業坊(ptt.cc) ※ 文章網址: https://www.ptt.cc/bbs/Plant/M.1.html"),
    (L.caption_credit, "OVERALL RANK: N/A"),
    (L.caption_credit, "Die Zahl der Anträge stieg um fünf Prozent. (Quelle: Statistisches Bundesamt)"),  # the text's
    (L.caption_credit, "He said so. Photo: the best thing I ever did, he says, was to keep going"),   # no name
    (L.byline, "By the end of the year, prices had doubled."),
    (L.byline, "Author Spotlight: The Novelists Of The Year"),          # 'Author:' needs its colon right after
    (L.byline, "Follow us @nytimes"),                                   # not a name before the handle
    (L.byline, "Thanks to everyone who wrote @support this week."),
    (L.date_line, "On Nov 19, 2019, the board met in London to discuss the merger with its rival."),
    (L.date_line, "Lean Startup Week Call for Proposals is Open Until July 31"),    # a title with a date in it
    (L.date_line, "Published on May 2, 2020 by the city council, the report found that three in four of the "
                  "county's bridges need repairs."),                    # a sentence that opens with a label and date
    (L.date_line, "By Tuesday, March 3, 2020 the council had spent most of the money it was given for the year "
                  "and asked the state for more"),                      # 'By' and a date, not a name
    (L.gallery_widget, "The gallery reopens in May after a year of repairs."),
    (L.search_prompt, "Between 10 to 20 of 100 patients showed results."),     # a range in a sentence
    (L.search_prompt, "The club invited 300 members and 40 guests."),  # no label, no brackets: a sentence
    (L.search_prompt, "The video had 312 views by noon."),                 # a count in a sentence
    (L.search_prompt, "Views: mixed"),                                     # a label, no count
    (L.search_prompt, "There are 12 products in the range, each tested by our staff."),
    (L.search_prompt, "The museum counted 12,000 visitors since it reopened in May, twice as many as hoped."),
    (L.date_line, "Einsendeschluss: 03.11.2019 (Poststempel)"),     # what the date is for: a deadline
    (L.date_line, "Last checked: 2025-10-28"),
    (L.toggle_button, "Show Notes"),                  # a podcast's notes: a heading, its noun after a verb's shape
    (L.toggle_button, "Show comments"),               # the comments' heading: comment_widget's, a wall
    (L.social_prompt, "I ultimately decided my newsletter digest bot would be an automation, at least for now."),
    (L.comment_header, "He said, she said"),
    (L.comment_widget, "CommentsMatterMost"),                      # glued, but not every piece is a label
    (L.data_dump, "The script lives at https://example.com/app.js and loads in under a second."),   # a sentence
    (L.data_dump, "Warning: the river will rise above the old bridge on line 4 of the tram tonight."),   # no file
    (L.data_dump, '{"name": "pagecleaner", "version": "0.1.0"}'),          # a code sample's few fields
    (L.form_options, "Select your country from the list at the top of the page. The form then shows the prices, "
                     "taxes and delivery times that apply where you live."),     # a sentence that says to select
    (L.form_options, "Choose Wisely"),                                      # a title, no options
    (L.byline, "By Bryon Powell on March 1, 2026 | Comments"),        # a date line: date_line takes it
    (L.search_prompt, "Search parties looked for the missing hikers until dark."),
    (L.tag_widget, "Topics: the committee discussed three of them at length."),
    (L.tag_widget, "Labels: the ones on the jars listed the sugar in grams."),      # a sentence after the word
    (L.tag_widget, "Basic Update (paint, flooring): $10,000 – $25,000"),
    (L.copyright_footer, "50%© The council met on Tuesday and voted for the budget the mayor had proposed."),
    (L.copyright_footer, " ".join([PROSE] * 4) + " The name is a registered trademark of the city."),  # long: prose
    (L.date_line, "— Governor Kristi Noem (@govkristinoem) November 18, 2019"),
    (L.date_line, "Las Vegas, U.S.A.: January 6–9 2026"),                # an event's days, not a publication date
    (L.date_line, "Cisco Live: May 31-June 4, 2026 | Las Vegas, NV"),
    (L.date_line, "Osheaga Festival (July 31-Aug. 2)"),
    (L.date_line, "Date: 16-19 March 2026"),
    (L.caption_credit, "I urge all Delhiites to use them whenever needed pic.twitter.com/MYwRz9euaq"),
    (L.comment_header, "Ten thoughts on a rainy afternoon in Paris"),     # a subheading, not a reader's signature
    (L.comment_header, "Cribbage or dice"),                # a packing list's item: "dice" is Italian for "says"
    (L.cookie_prompt, "We and our partners process the grain at three mills in the valley, the co-operative said."),
    (L.cookie_prompt, "Archer-Bradshaw said special vaccination consent forms had been sent out to parents."),
    (L.cookie_prompt, "Added sugars include table sugar, soda, juice, pastries, cookies and cakes."),   # baked
    (L.cookie_prompt, "Cloud providers sell the technical storage or access their customers need."),   # inside
    (L.cookie_prompt, "Just as you keep tabs on the cookies disappearing from the jar, the app tracks every penny"),
    (L.cookie_prompt, "Easy Cookie Recipes"),
    (L.tag_widget, "The survey (2019) asked voters in four towns (12) and cities (8) how they had voted in (2016) and "
                   "why they chose the party they did, and most said the economy came first."),   # counts in prose
    (L.cookie_prompt, "The regulator said this website uses cookies to track readers, and fined the publisher for it "
                      "last year after a complaint by a group of readers who had never agreed to that, the paper "
                      "reported. It was the first fine of its kind in the country and others may follow soon, said a "
                      "lawyer who has followed the case from the start and expects the publisher to appeal the fine "
                      "in the spring."),
    (L.doubled_title, "Na na Na na"),                                   # too short to be a title said twice
    (L.doubled_title, "Rome to Paris Paris to Rome"),                   # halves of a line, not the same
    (L.teaser_link, "Read more about the plan in our guide to the city's budget"),     # no label: a sentence
    (L.teaser_link, "See also: BigCommerce for scaling, Wix for small stores, Squarespace for design"),   # a list
    (L.teaser_link, "Recommended: 10 Noteworthy Substacks on Data & AI"),       # a pick, or the post's own title
    (L.teaser_link, "Related: the council said on Tuesday that the plan, which had been debated for months in the "
                    "chamber and in the press, would go ahead in spring"),          # a paragraph, not a title
    (L.teaser_link, "Read more:"),                                      # a label alone (related_heading's)
    (L.caption_credit, "Ottostraße 14\n26899 Rhede /Ems"),               # an address: the town and its region
    (L.shop_button, "Buy from local farmers"),                 # advice: no shop's name
    (L.shop_button, "Shop at Aldi"),                           # a saving tip: no button buys "at"
    (L.shop_button, "Check the prices at local stores before you go"),
    (L.shop_button, "Bei Nacht"),                              # "bei" without "kaufen"
    (L.data_dump, "Loading. Please wait while the council counts the votes."),    # no ellipsis: a sentence
    (L.copyright_footer, "The new ferry is powered by batteries"),      # no credit: a sentence that says it
    (L.search_prompt, "Page 3 shows the budget"),                       # a sentence that opens with a page
    (L.copyright_footer, "Made with love in Leith"),                      # no builder's name
    (L.copyright_footer, "Generated by our editors"),                     # no generator's name
    (L.social_prompt, "1,204 followers joined the march on Sunday"),      # a sentence's count of them
    (L.social_prompt, "Followers of the faith"),
    (L.search_prompt, "Showing 4 of 38 results for the council vote on Tuesday"),    # a sentence's words after it
    (L.copyright_footer, "The VAT number 01234567 was wrong on the invoice, she says."),    # a sentence
    (L.copyright_footer, "Built with local stone, the chapel has stood since 1820"),
    (L.copyright_footer, "The letters were retrieved from the archive in 1998 by her grandson."),   # no address
    (L.copyright_footer, "This page has been accessed by readers in forty countries since March."),   # no count
    (L.copyright_footer, "Jewels after Jewels, installation views, photos © Inexhibit, 2018"),   # a photo's credit
    (L.copyright_footer, "Photo https://vivatechnology.com/media/photos ©Viva Technology 2025"),
    (L.byline, "作者: 这是一个很长的句子我们并不知道是谁写的"),                 # (a sentence, not a name)
    (L.caption_credit, "Shown: Black/Anthracite/White"),     # a product's colours, a field's values (Nike's)
    (L.caption_credit, "Größe: S/M/L"),
    (L.social_prompt, "Get the Tapatalk team's figures on mobile apps from the annual report"),   # no app to get
    (L.relative_time, "Anan"), (L.relative_time, "Unan"),     # a name: no count "an" glued to a French year "an"
])
def test_rule_keeps_lookalikes(rule, text, ctx):
    assert verdict(rule, text, ctx) is None


def test_extra_phrases_from_config(ctx):
    from dataclasses import replace
    cfg = replace(ctx.config, extra_phrases=(("social_prompt", ("join our discord",)),))
    from pagecleaner.pipeline import Context
    assert L.social_prompt.fn(make_block("Join our Discord!"), Context(config=cfg))
    assert L.social_prompt.fn(make_block("Join our Discord!"), ctx) is None


def test_byline_labels_from_config(ctx):
    from dataclasses import replace
    cfg = replace(ctx.config, extra_phrases=(("byline_label", ("reportage:",)),))
    assert L.byline.fn(make_block("Reportage: Jane Doe"), Context(config=cfg))
    assert L.byline.fn(make_block("Reportage: Jane Doe"), ctx) is None


# The word gates in _find and _only only skip work: they must never change an answer.

_PIECES = sorted({w for ps in vocab.CATEGORIES.values() for p in ps for w in p.split()}) + \
    ["'s", "’s", "Apple", "2019", "-", "/", "|", "(", ")", "©", "…", ":", "WhatsApp's", "l'app", "e-mail"]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6),
       category=st.sampled_from(sorted(vocab.CATEGORIES)), sep=st.sampled_from(["", " ", "-"]))
def test_word_gates_never_change_the_answer(pieces, category, sep):
    ctx = Context(config=Config())
    text = sep.join(pieces)
    found = vocab.pattern(category).search(text)
    assert L._find(ctx, category, text) == (found.group(0) if found else None)
    rest, hits = vocab.pattern(category).subn(" ", text)
    assert L._only(ctx, (category,), text) == (hits > 0 and not vocab.LETTER.search(rest))


@pytest.mark.parametrize("category", sorted(vocab.CATEGORIES))
def test_word_gates_agree_on_every_phrase_in_its_usual_disguises(category):
    ctx = Context(config=Config())
    for phrase in vocab.CATEGORIES[category]:
        for text in (phrase, phrase.title(), phrase.upper(), f"{phrase}'s", f"{phrase}’s news", f"({phrase})",
                     f"the {phrase} 2", f"x{phrase}", f"{phrase}-like", f"{phrase} | {phrase}"):
            found = vocab.pattern(category).search(text)
            assert L._find(ctx, category, text) == (found.group(0) if found else None), text
            rest, hits = vocab.pattern(category).subn(" ", text)
            assert L._only(ctx, (category,), text) == (hits > 0 and not vocab.LETTER.search(rest)), text


def test_a_paragraph_the_reader_glued_together_is_not_a_caption(ctx):
    glued = make_block("Photo: a The council met on Tuesday evening and voted for the budget after a long debate.",
                       end_line=3)
    assert L.caption_credit.fn(glued, ctx) is None
    assert L.caption_credit.fn(make_block(glued.text), ctx)            # one line of its own: a caption


BORLABS = ["Name Borlabs Cookie", "Anbieter Eigentümer dieser Website, Impressum",
           "Zweck Speichert die Einstellungen der Besucher, die in der Cookie Box ausgewählt wurden.",
           "Cookie Name borlabs-cookie", "Cookie Laufzeit 1 Jahr", "Google Analytics",
           "Anbieter Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland",
           "Zweck Cookie von Google für Website-Analysen.", "Cookie Laufzeit 2 Jahre"]


def _consent(lines: list[str]) -> list:
    blocks = [make_block(PROSE, 0)] + [make_block(t, i + 1) for i, t in enumerate(lines)] + \
        [make_block(PROSE + " Again.", len(lines) + 1)]
    return L.consent_dialog.fn(blocks, Context(config=Config()))


@pytest.mark.parametrize("lines", [
    BORLABS,                                                                           # label, a space, the value
    ["Name", "Provider", "Purpose", "Expires", "Type", "__cfduid", "eneba.com"],        # a table's header, cell by cell
    ["Anbieter: www.example.de", "Cookiename: session", "Laufzeit: 90", "Host: www.example.de"],    # label: value
])
def test_a_consent_managers_cookie_list_goes_from_its_first_field_to_its_last(lines):
    out = _consent(lines)
    last = max(i for i, t in enumerate(lines) if L._consent_field(t)) + 1
    assert [b.removed_by for b in out[1:last + 1]] == ["consent_dialog"] * last
    assert out[0].kept and all(b.kept for b in out[last + 1:])


def _settings(lines: list[str]) -> list:
    blocks = [make_block(PROSE, 0)] + [make_block(t, i + 1) for i, t in enumerate(lines)] + \
        [make_block(PROSE + " Again.", len(lines) + 1)]
    return L.markup_attributes.fn(blocks, Context(config=Config()))


BUTTON = ["class", "btn-primary", "value", "Get Tickets", "href", "https://example.com/tickets/", "rel", "sponsored",
          "target", "_blank"]


@pytest.mark.parametrize("lines", [
    BUTTON,                                                     # a name on each line, its value under it
    [" ".join(BUTTON)],                                         # all on one line (text with a block per element)
    ["https://www.instagram.com/p/DSd/ " + " ".join(BUTTON)],   # after the embed's address
])
def test_a_components_settings_go_with_their_values(lines):
    out = _settings(lines)
    assert [b.removed_by for b in out[1:-1]] == ["markup_attributes"] * len(lines)
    assert out[0].kept and out[-1].kept


@pytest.mark.parametrize("lines,why", [
    (["class", "btn-primary", "value", "Get Tickets", "target", "_blank", "type", "button"], "no link's attribute"),
    (["class", "btn-primary", "href", "https://example.com/", "target", "_blank"], "three names: too few"),
    (["The class will target the value of the href and rel attributes in this lesson."], "a sentence about them"),
    (["class", PROSE, PROSE, PROSE, "href", PROSE, PROSE, PROSE, "rel", PROSE, PROSE, PROSE, "target"],
     "names too far apart"),
])
def test_attribute_names_that_are_no_settings_stay(lines, why):
    assert all(b.kept for b in _settings(lines)), why


@pytest.mark.parametrize("lines,why", [
    (["Name: Anna", "Purpose: a visit", "Provider: the city", "Type: workshop"], "no label a cookie alone has"),
    (["Anbieter: www.example.de", "Zweck: Statistik", "Laufzeit: 90"], "three fields: too few for a dialog"),
    (["Laufzeit: 90 Minuten", *[PROSE] * 6, "Anbieter: Stadtwerke", *[PROSE] * 6, "Zweck: Sanierung",
      *[PROSE] * 6, "Typ: Neubau"], "fields too far apart: a story that names them"),
])
def test_fields_that_are_no_consent_dialog_stay(lines, why):
    assert all(b.kept for b in _consent(lines)), why


@pytest.mark.parametrize("line, goes", [
    ("Subscribe", True),
    ("Previous Next", True),                        # the pager under a post
    ("Back To Top", True),
    ("Nach oben", True),
    ("En savoir plus", True),
    ("INGRESAR", True),                             # Spanish "log in"
    ("Menu", False),                                # a restaurant's menu, under a heading of its own
    ("Next, the council voted.", False),            # a sentence that opens with one of the words
    ("« Candied Pecans Recipe (2-ingredients)", True),      # the previous post, by its arrow
    ("Cinnamon Raisin Sourdough Bread »", True),            # the next one
    ("< Back to All Articles", True),
    ("« Nous sommes prêts », a déclaré le maire.", False),  # a pair of quotation marks
    ("«Я лично ненавижу, когда вижу, что кто-то", False),   # a quotation a link split: no space after it
    ("Search for posts in a date range →", False),          # a step of a list leading to the next
    ("Trouble logging in?", True),
    ("Menü öffnen", True),
    ("Zurück zur Übersicht", True),                         # back to the index the story is listed in
    ("Retour vers toutes les actualités", True),
    ("Back to School", False),                              # a title: no index of the site
    ("Check Price", True),                                  # a roundup's buttons under each pick
    ("Visit Website", True),
    ("Jetzt kaufen", True),
    ("Continue", True),                                     # a blog index's button under each post's excerpt
    ("Ask Question", True),                                 # a Q&A site's button beside the question's title
    ("Click to expand...", True),                           # a quote's expander (XenForo's)
    ("Mehr anzeigen", True),
    ("Sorted by:", True),                                   # a list's sort control and its options
    ("Sort by Position Name: A to Z Price: Low to High", True),     # (a <select> flattened with its options)
    ("Display 3 6 9 per page", True),                       # its page size
    ("Filter by price", True),                              # a filter's heading
    ("Add to cart Add to compare list Add to wishlist", False),     # (a card's buttons: ad_marker's, not here)
    ("Display:", False),                                    # a spec's label ("Display: 6.1 inch OLED")
    ("Por favor Entrar ou Cadastrar para responder este tópico.", True),    # a board's prompt (wpForo's)
    ("Your Answer", True),                                  # a Q&A site's answer form (Apache Answer's)
    ("Please log in to answer this question.", True),
    ("Add comment", True),
    ("You must log in to answer this question.", True),     # a Q&A site's prompts under the answers
    ("or ask your own question.", True),
    ("You must be logged in to reply to this topic.", True),   # a board's prompt under a thread (bbPress's)
    ("Vous devez être connecté pour répondre à ce sujet.", True),
    ("Gehe zu", True),                                      # a board's jump box (phpBB's)
    ("Sort by the date you planted them, then water the oldest first.", False),
    ("[ edit ]", True),                                     # a wiki's link beside each heading
    ("[Bearbeiten | Quelltext bearbeiten]", True),
    ("Continue the story with its second part, in which the mayor speaks.", False),
    ("Buy now, pay later", False),                          # a thing named, not a button
    ("Home / Stays / About Digital Nomads / Travel Slow, Stay Long", True),     # the breadcrumb trail
    ("Startseite » Ratgeber » Kredit", True),
    ("Home / Travel", False),                               # two parts: a pair of sections, not a trail
    ("Home is where the heart is / said she / and he agreed", False),   # no home page's link first
    ("Dodaj do schowka", True), ("Zapytaj o produkt", True),            # a shop's wish list, its question
    ("Welcome, Guest. Please login or register.", True),               # a board's greeting to a reader logged out
    ("Welkom, Gast. Graag inloggen of registreren.", True),
    ("Чтобы оставить сообщение, необходимо авторизоваться.", True),     # (Russian: log in to write)
    ("Copy code", True), ("Copied!", True), ("Content copied to clipboard", True),     # a listing's copy button
    ("Copy the file to the server before you restart it.", False),
    ("Learn MoreBuy Now", True),                            # two buttons glued, their links with no space
    ("Python Copy", True),                                  # a listing's header: its language, its copy button
    ("Carbon Copy", False),
    ("Previous Creating invoices Next Refunds", True),      # the links to the neighbouring pages, their titles
    ("PREVIOUS Customers NEXT API keys", True),
    ("Vorherige Seite Installation Nächste Seite Konfiguration", True),
    ("Previous owners kept bees, and next year we will too", False),    # a sentence's words
    ("Vorheriges Thema: CO2-Anlage für 60 Liter?", True),       # each on its line, its label and a colon (a
    ("Next topic: Which pump for the pond?", True),               # board's neighbouring threads)
    ("Next post: we move the hives to the orchard.", False),      # (a sentence after the colon)
    ("Posted at 09:12 AM in Vegetables | Permalink | Comments (3)", True),    # a post's footer (Typepad's)
    ("Permalink | Share", False),
    ("Geschrieben von Jens in Bau um 17:42 | Kommentare (3) | Trackbacks (0)", True),   # its byline first, its
    ("Posted by Jens in Building at 17:42 | Comments (3) | Trackbacks (0)", True),       # counts after (Serendipity)
    ("Posted by Jens in Building at 17:42 | Share", False),                             # (no count)
    ("Pubblicato in Ricette | 9 commenti", True), ("Posted in News | Leave a comment", True),   # its category and
    ("Posted in News | Share", False),                                                 # its comments' link
    ("Author Anna Berg Posted on March 5, 2026 3 Comments on Hives in March", True),   # its fields glued with
    ("Autor Dita Figueiredo Publicado em 28 de março de 2026Deixe um comentário em Doce de leite", True),  # their
    ("Author Anna Berg Posted on March 5, 2026", False),            # labels for a screen reader (no count: a byline)
    ("Pular para o conteúdo", True), ("Aller au contenu", True),        # a theme's link past the menu
    ("1 2 3", True), ("« 1 2 3 … 10 »", True), ("1 2 3 Next", True),   # a pager's pages on one line
    ("1 2 3 4 5 6 7 8", True),
    ("1 3 5", False), ("2 3 4", False), ("1 2 3 go", False),            # not counting from 1, or other words
    ("Alle technischen Daten anzeigen", True),                          # a spec sheet's button to show it all
    ("Also available in: Atom PDF", True),                              # a tracker's page in other formats
    ("Download in other formats: Plain Text Original Format", True),
    ("Also available in: paperback and hardback", False),
    ("현재 위치", True), ("You are here:", True),                         # the label over the breadcrumb trail
    ("Надіслати", True), ("Send", True), ("Absenden", True),             # a form's button (Flexbe's, Ukrainian)
    ("Spara i önskelista", True),                                        # a shop's wish list (Clas Ohlson's)
    ("Lähetä", True),                                                     # (Finnish: send, Suomi24's reply box)
    ("いいね", True),                                                     # a card's like button, no count (goo blog)
    ("新規登録", True), ("登录", True), ("회원가입", True),                  # signing up and in (CJK)
    ("新規登録の手順を説明します。", False),
    ("Send me a postcard from the coast, she wrote.", False),
])
def test_the_pages_buttons_alone_on_a_line_inside_the_story_go(line, goes):
    blocks = [make_block(PROSE, 0), make_block(line, 1), make_block(PROSE + " Again.", 2)]
    out = L.page_control.fn(blocks, Context(config=Config()))
    assert [b.removed_by for b in out] == [None, "page_control" if goes else None, None]


@pytest.mark.parametrize("line,page_type,goes", [
    ("Sırala:", "collection", True),            # a category's sort button alone (Turkish, IdeaSoft's)
    ("Сортировка:", "collection", True),
    ("Sortera efter", "collection", True),
    ("Filter", "listing", True),
    ("Filter", "article", False),               # a story's word alone ("Map", "Filter", "Reduce"): no list's button
])
def test_a_lists_sort_button_alone_goes_on_a_list_of_cards(line, page_type, goes):
    blocks = [make_block(PROSE, 0), make_block(line, 1), make_block(PROSE + " Again.", 2)]
    out = L.page_control.fn(blocks, Context(config=Config(), page_type=page_type))
    assert out[1].removed_by == ("page_control" if goes else None)


@pytest.mark.parametrize("line,page_type,goes", [
    ("Defined in src/scheduler.js:40", "documentation", True),      # an API member's link to its source (YUIDoc's,
    ("Defined in: lib/ledger/account.rb", "documentation", True),   # YARD's, JSDoc's)
    ("Source: scheduler.js, line 40", "documentation", True),
    ("Defined in src/scheduler.js:40", "article", False),           # (a story's line)
    ("Defined in the 1998 treaty", "documentation", False),         # (no file)
])
def test_an_api_members_link_to_its_source_goes_on_a_documentation_page(line, page_type, goes):
    blocks = [make_block(PROSE, 0), make_block(line, 1), make_block(PROSE + " Again.", 2)]
    out = L.page_control.fn(blocks, Context(config=Config(), page_type=page_type))
    assert out[1].removed_by == ("page_control" if goes else None)


@pytest.mark.parametrize("line,goes", [
    ("Read more about Footpath 7 reopens after bridge repair", True),     # the card's title over it, said again
    ("Weiterlesen: Footpath 7 reopens after bridge repair", True),
    ("Lees meer: Footpath 7 reopens after bridge repair", True),           # Joomla's, Dutch
    ("Leia mais sobre Footpath 7 reopens after bridge repair", True),
    ("Read more about the footpath in the county's guide", False),         # no line of the page: a sentence
])
@pytest.mark.parametrize("title_kind", ["heading", "paragraph"])          # (HTML's heading, a line of text)
def test_a_read_more_button_naming_another_line_goes(line, goes, title_kind):
    blocks = [make_block("Footpath 7 reopens after bridge repair", 0, kind=title_kind), make_block(PROSE, 1),
              make_block(line, 2), make_block(PROSE + " Again.", 3)]
    out = L.page_control.fn(blocks, Context(config=Config()))
    assert out[2].removed_by == ("page_control" if goes else None)
    assert not goes or out[2].reason == "a card's button, its title said again for a screen reader"


@pytest.mark.parametrize("line,goes", [("Read more", True), ("Lees meer »", True), ("Read more of her story", False),
                                       ("Ler mais ⟶", True), ("Devamını oku", True), ("Lue lisää", True),
                                       ("Читать дальше", True)])
def test_a_read_more_button_alone_goes(line, goes):
    """A card's button, its title for a screen reader gone (Drupal's "Read more<span class=visually-hidden> about
    …</span>"); words after it that no line of the page shows are a sentence."""
    blocks = [make_block(PROSE, 0), make_block(line, 1), make_block(PROSE + " Again.", 2)]
    out = L.page_control.fn(blocks, Context(config=Config()))
    assert out[1].removed_by == ("page_control" if goes else None)


@pytest.mark.parametrize("numbers,go", [
    (["1", "2", "3", "4"], True),                   # a code box's gutter, its code lost; a pager's pages
    (["1", "2"], False),                            # two: a pair of anything
    (["2", "3", "4"], False),                       # not from 1
    (["1", "3", "5"], False),                       # not counting on
])
def test_lines_that_count_from_one_inside_the_story_go(numbers, go):
    blocks = make_blocks(PROSE, "Example:", *numbers, PROSE + " Again.")
    out = L.page_control.fn(blocks, Context(config=Config()))
    assert [b.removed_by for b in out[2:-1]] == ["page_control" if go else None] * len(numbers)


def test_a_code_line_that_opens_with_a_bracket_is_no_arrow():
    assert not L.arrow_link(make_block("< string = { value: 'Hello' }", 0)._replace(kind="code"))


def test_the_pages_buttons_outside_the_story_keep_their_own_reason():
    blocks = [make_block(PROSE, 0), make_block("Subscribe", 1).remove("main_text", "after the article's main text")]
    assert L.page_control.fn(blocks, Context(config=Config()))[1].removed_by == "main_text"


@pytest.mark.parametrize("line,page_type,goes", [
    ("Nouveau", "collection", True),                # PrestaShop's flag on a card
    ("-15%", "collection", True),
    ("Promocja", "collection", True),               # Shoper's sale flag, Polish
    ("Aperçu", "collection", True),                 # Ecwid's quick-view label over a card's picture
    ("Quick view", "collection", True),
    ("Ajout rapide", "collection", True), ("Quick add", "collection", True),     # the card's button that adds it
    ("Aperçu", "documentation", False),             # a French page's "Overview" heading
    ("4.6 sur 5 étoiles", "product", True),         # a product's stars, a screen reader's words for them
    ("4.7 out of 5 stars with 389 ratings 389", "product", True),     # (with their count, its link after them)
    ("Rated 4.50 out of 5", "product", True),
    ("Rated 4.80 out of 5 based on 5 customer ratings", "product", True),     # WooCommerce's, its count too
    ("Rated 4.6 out of 5 stars. (1,284)", "collection", True),                 # (in brackets: Wayfair's)
    ("4,8 von 5,0", "product", False),              # a score alone: a rating table's, beside its label
    ("4.9 (318 ratings)", "product", True),         # the average over its count (Gumroad's)
    ("5 stars", "product", True),                   # a histogram's row label
    ("5 star hotel in Rome", "product", False),
    ("★★★★☆ (3 opinie)", "product", True),         # the stars themselves, the count of reviews beside them
    ("4,6 (41 atsauksme)", "product", True),       # (the average, the count in Latvian: 220.lv's)
    ("★★★★½ (312)", "collection", True),             # (a half star among them)
    ("★★★★★ 4.80 (36件)", "product", True), ("★★★★★ 42 hodnocení", "product", True),   # (Rakuten's, DATART's)
    ("★★★★★ 42 lidí to doporučuje", "product", False),
    ("New Season", "collection", True), ("Exclusive", "collection", True),      # (Farfetch's flags)
    ("Νέο", "collection", True), ("Προσφορά", "collection", True),             # (Greek: new, offer; Public's)
    ("Nou", "collection", True),                                                # (Romanian: new, elefant.ro's)
    ("Kun på nett", "collection", True),                                        # (Norwegian: online only, XXL's)
    ("★★★★★", "product", False),                    # (alone: a review's, over its text)
    ("فروش ویژه", "collection", True), ("۱۵٪", "collection", True),     # (Persian: special sale; 15%)
    ("★★★★☆", "collection", True),                  # (on a category's card: its rating, its count split off,
    ("★★★", "collection", False),                   # soup's; three alone a divider)
    ("4.6 out of 5 stars", "article", False),       # a review's verdict
    ("Sale!", "product", True),
    ("Save 20% off", "product", True),
    ("New", "documentation", False),                # a changelog's heading
    ("New", "article", False),
    ("En stock", "product", False),                 # the product's stock: its field
    ("15% of the budget", "collection", False),
    ("Akce-22 %", "collection", True),              # two side by side, glued (Rohlík's flag and its discount)
    ("Sale | -20%", "collection", True),
    ("Sale of the century", "collection", False),
])
def test_a_product_cards_badge_goes_on_a_shops_page(line, page_type, goes):
    got = L.shop_badge.fn(make_block(line), Context(config=Config(), page_type=page_type))
    assert (got in ("a product card's badge", "a product's rating in stars")) is goes


@pytest.mark.parametrize("line,page_type,goes", [
    ("Responses", "article", True),                 # the heading over a story's comments (Medium's)
    ("Responses", "documentation", False),          # an API reference's section of what a request answers
    ("Did this page help you?", "documentation", True),     # the feedback question under a help page
    ("¿Le ha resultado útil esta página?", "documentation", True),     # (in Spanish, SAP's help)
])
def test_an_api_references_responses_are_no_comments(line, page_type, goes):
    got = L.comment_widget.fn(make_block(line), Context(config=Config(), page_type=page_type))
    assert (got == "comment widget") is goes


@pytest.mark.parametrize("line,kind,page_type,goes", [
    ("Odpowiedzi", "heading", "forum", True),       # the heading over a question's answers (Brainly's)
    ("Answers", "heading", "forum", True),
    ("2 answers", "paragraph", "forum", True),
    ("Answers", "paragraph", "forum", False),       # (a menu's item, a word alone)
    ("Answers", "heading", "article", False),       # (an FAQ's section)
    ("ベストアンサー", "heading", "forum", True),     # Yahoo! Chiebukuro's best answer and the others, counted
    ("その他の回答（1件）", "heading", "forum", True),
    ("Best answer", "heading", "forum", True),
    ("共2条", "paragraph", "forum", True), ("2 个回答", "paragraph", "forum", True),   # (Chinese: all of them two)
    ("共2条路线", "paragraph", "forum", False),         # (two routes in all)
])
def test_a_questions_answers_heading_goes_on_its_thread(line, kind, page_type, goes):
    got = L.comment_widget.fn(make_block(line, kind=kind), Context(config=Config(), page_type=page_type))
    assert (got == "count of answers") is goes


@pytest.mark.parametrize("line,page_type,goes", [
    ("5 Artikel", "collection", True),              # OXID's count over its grid
    ("6 produits", "collection", True),
    ("312 artikelen", "collection", True),
    ("24 products", "collection", True),
    ("5 Artikel", "article", False),
    ("6 produits frais du jour", "collection", False),
    ("1.284 resultados", "collection", True),       # a shop's search's count of its results (Mercado Libre's)
    ("5 tuotetta Järjestä:", "collection", True),   # the count and the sort control's label after it
    ("Найдено 1 238 товаров", "collection", True),
    ("86 Artikel Sortieren nach", "collection", True),
    ("86 Artikel über Löttechnik", "collection", False),
    ("1 284 résultats", "collection", True),
    ("12 results", "listing", False),               # (a blog's search counts its results, which are its text)
    ("12 results in the first week", "collection", False),
])
def test_a_shops_count_of_its_products_alone_on_its_line_is_a_counter(line, page_type, goes):
    got = L.search_prompt.fn(make_block(line), Context(config=Config(), page_type=page_type))
    assert (got == "results counter") is goes


@pytest.mark.parametrize("line, kind, goes", [
    ("•", "paragraph", True),          # the separator between a card's date and its author
    ("|", "paragraph", True),          # a menu's
    ("»", "list_item", True),          # a bullet alone on its line
    ("* * *", "paragraph", False),     # a section break: it parts the story
    ("=)", "paragraph", False),        # a smile, the writer's
    ("}", "code", False),              # a listing's closing brace
    ("• Milk", "list_item", False),    # a word beside the mark
])
def test_a_mark_alone_on_its_line_goes_once_the_page_is_read(ctx, line, kind, goes):
    blocks = [make_block(PROSE, 0), make_block(line, 1, kind=kind), make_block(PROSE + " Again.", 2)]
    out = L.stray_mark.fn(blocks, ctx)
    assert [b.removed_by for b in out] == [None, "stray_mark" if goes else None, None]


def test_a_mark_another_rule_removed_keeps_that_rules_name(ctx):
    gone = make_block("|", 0).remove("nav_run", "menu")
    assert L.stray_mark.fn([gone], ctx)[0].removed_by == "nav_run"


@pytest.mark.parametrize("line,page_type,goes", [
    ("Free shipping on orders over $50", "product", True),
    ("Livraison offerte dès 60 €", "collection", True),
    ("Retours sous 30 jours", "product", True),
    ("Envío gratis en pedidos superiores a 100 €. Devolución en 30 días.", "product", True),
    ("* inkl. ges. MwSt. zzgl. Versandkosten", "collection", True),  # a price's note (plentymarkets')
    ("Tax included.", "product", True),
    ("Imposte incluse. Spedizione calcolata al check-out.", "product", True),    # Shoplazza's, Italian
    ("Pagamenti sicuri con carta e PayPal", "product", True),
    ("Expédié sous 48 h", "product", True),                         # how soon it leaves (a promise too)
    ("Ships within 24 hours", "collection", True),
    ("Najniższa cena z 30 dni przed obniżką: 49,00 zł", "product", True),     # its lowest price in thirty days
    ("Niedrigster Preis der letzten 30 Tage: 44,95 €", "collection", True),   # (the EU's rule since 2022)
    ("Lowest price in 10 years for this model", "product", False),
    ("750 TL ve üzeri siparişlerde kargo bedava!", "collection", True),     # Turkish says it last
    ("Fri frakt över 800 kr · Snabb leverans från Borås", "product", True),  # Swedish
    ("Ilmainen toimitus yli 60 € tilauksiin", "collection", True),          # Finnish
    ("Lieferung Mi. 3. – Fr. 5. Dez.", "product", True),                    # when it comes
    ("Delivery Thursday, 4 December", "product", True),
    ("Delivery drivers in the city went on strike on 3 December.", "product", False),   # (no promise: a sentence)
    ("Lieferung", "product", False),                                        # a tab's name alone
    ("Livrare mâine", "collection", True),                                  # Romanian: "delivery tomorrow"
    ("Dostawa we wtorek", "collection", True), ("dostawa pojutrze", "collection", True),   # Polish: a weekday,
    ("Dostawa wtorkowa paczek ruszyła w marcu.", "product", False),                     # "the day after tomorrow"
    ("Livré chez vous entre le mardi 8 décembre et le jeudi 10 décembre", "product", True),   # two words between
    ("Payez en 4x par carte bancaire : 4 x 8,75 €", "product", True),      # paying in instalments
    ("Retrait en magasin et en point relais disponible", "product", True),  # collecting it
    ("Vendu et expédié par Cdiscount", "product", True),                    # who sells it and sends it
    ("Ships from and sold by Amazon", "product", True),
    ("Dont éco-participation : 0,30 €", "product", True),                   # a price's note: its recycling fee
    ("You save $20.01", "product", True),                                    # (and what the sale saves)
    ("Economisesti 400,00 lei", "product", True),                            # (its amount in a currency's word)
    ("Laveste pris siste 30 dager: 1 699,-", "product", True),               # (Norwegian: its lowest in 30 days)
    ("inkl. MwSt., zzgl. Lieferung", "product", True),                       # (a price's note, delivery extra)
    ("Acumula 249 Ripley Puntos GO", "product", True),                       # (points, the shop's name between)
    ("Acumula experiencia en la cocina", "product", False),
    ("Despacho a domicilio: llega el jueves 17 oct.", "product", True),      # (a delivery option of three words)
    ("Retiro en tienda: disponible en 12 tiendas", "product", True),
    ("Adicione Worten Resolve: +2 anos de proteção por 24,99 €", "product", True),    # (Portuguese: Worten's)
    ("Entrega grátis em casa", "product", True), ("Recolha em loja: disponível em 2 horas", "product", True),
    ("Legg til Power Plus: 3 års utvidet garanti for 299,-", "product", True),  # (an extended warranty on offer,
    ("Garantie extinsa 2 ani - 149,99 lei", "product", True),                   # its name first or not)
    ("Extended warranty is what the shop sells most, analysts say 2024", "product", False),
    ("Livrare gratuita, de luni 14 oct.", "product", True),                  # Romanian: free delivery
    ("Ridicare din magazin: disponibil in 32 de magazine", "product", True),  # collecting it
    ("Free 90-day returns Details", "product", True),                        # returns in so many days
    ("90 days after the launch, returns were down", "product", False),
    ("Shipping\nArrives Dec 8", "product", True),                            # when it comes, under its label
    ("Kauf auf Rechnung", "product", True),                                  # paying later
    ("Consegna standard gratuita 2-4 giorni lavorativi", "product", True),
    ("129,95 € IVA inclusa", "product", False),                              # the price, its note after it
    ("Доставка завтра, 6 декабря", "product", True),                          # Russian: "delivery tomorrow"
    ("Morgen in huis", "product", True),                                     # Dutch: "at home tomorrow"
    ("Add 3-year protection plan $9.99", "product", True),                   # a plan it offers beside it
    ("Add installation + € 35", "product", True),
    ("Add protection to your phone with a sturdy case that costs $9.99", "product", False),
    ("In stock. Ships from United States.", "product", True),                # its stock, then a promise
    ("454 Kč bez DPH", "product", True),                                     # the price without tax
    ("Wysyłka w 48 godzin", "collection", True),                             # how soon it leaves
    ("Wysyłka w 48h", "collection", True),
    ("Arrives by Tue, Dec 8", "product", True),                              # (three short words before the day)
    ("Pick up at Minneapolis Nicollet Mall", "product", True),               # where to collect it
    ("Buy 2, get 1 free on select dining", "product", True),                 # a sale on several
    ("35,29 € netto", "product", True),
    ("In stock. Our best seller for ten years.", "product", False),
    ("Delivery Check delivery availability", "product", True),               # its buttons that check stock,
    ("Collection Check stock in your local store", "product", True),
    ("Livraison à domicile Gratuit - dès demain", "product", True),          # delivering it home
    ("Dont 0,50 € d'éco-participation", "product", True),                   # the recycling fee the price holds
    ("Financiación desde 5,42 €/mes", "product", True),                      # the price a month in instalments
    ("Maksa Klarnalla erissä alkaen 9,99 €/kk", "product", True),           # (the lender named: Jimm's)
    ("Pay in 4 with Klarna from $9.99/mo", "product", True),
    ("Klarna is a bank from Sweden", "product", False),
    ("Järelmaks alates 5,00 €/kuus", "product", True),                     # (Estonian, Lithuanian: in instalments)
    ("Išsimokėtinai nuo 5,00 €/mėn.", "product", True),
    ("Vai maksā 9,00 € mēnesī", "product", True),                           # (Latvian: "or pay", 220.lv's)
    ("Vai maksā par 9,00 € mēnesī koka galdu", "product", False),
    ("Mokėk dalimis nuo 5,42 € / mėn.", "product", True),                  # (Lithuanian: "pay in parts", Varle's)
    ("Sutaupote 7,50 €", "product", True),                                  # (what the reader saves: Lithuanian)
    ("sis. alv 25,5 %", "product", True),                                     # (a price's note on tax: Finnish)
    ("o $219 quincenales", "collection", True),                              # (or a fortnight, Coppel's)
    ("Ahorra $219 quincenales con Crédito Coppel", "collection", False),
    ("Kup teraz, otrzymasz jutro", "product", True),                         # when it comes if ordered now
    ("Order today and get it tomorrow", "product", True),
    ("Order now and we plant a tree in your name", "product", False),
    ("Odbierz w salonie x-kom w 15 minut", "product", True),                 # when it may be collected
    ("Pick up in store in 30 minutes", "product", True),
    ("Free collection from your local store", "product", True),              # collecting it
    ("Lowest price in 90 days", "collection", True),                         # its lowest price in so long
    ("oder ab 11,63 € mtl. mit 0 % Finanzierung", "product", True),          # (its price a month, "or" first)
    ("Abholung im Store möglich", "product", True),
    ("Lowest price in town", "collection", False),
    ("$38/mo. suggested payments for 12 Mos.", "product", True),
    ("The rent is €900 a month for the flat.", "product", False),
    ("Dont acte", "product", False),
    ("In store Check in-store stock", "product", True),                      # under their labels
    ("Verfügbarkeit im Markt prüfen", "product", True),
    ("Check delivery times before you order, the shop says", "product", False),
    ("Lieferung: Versandfertig in 1-2 Werktagen", "product", True),          # a delivery option and its terms
    ("Abholung: Im Markt Köln-Marsdorf verfügbar", "product", True),
    ("Versand: EUR 6,99 DHL Paket", "product", False),                        # (its cost: the listing's field)
    ("Satıcı: Karaca 9,4", "product", True),                                  # the seller's label, its name
    ("Pārdevējs: HomeTech SIA", "product", True),                            # (Latvian, 220.lv's)
    ("Inclusive of VAT", "product", True),                                     # the price's note on tax
    ("Get it by Tomorrow. Order in 5 hrs 20 mins", "product", True),           # when it comes
    ("Livraison à domicile : demain", "product", True),
    ("30 dagen bedenktijd en gratis retourneren", "product", True),         # (the returns' days, bol.com's)
    ("Öppet köp i 90 dagar", "product", True),                               # (Swedish: Biltema's returns)
    ("+330 бонусных рублей", "product", True),                               # (the bonus it earns, M.Video's)
    ("+330 рублей за отзыв о товаре", "product", False),
    ("ارسال امروز", "collection", True), ("ارسال از ۲ روز کاری دیگر", "collection", True),    # (Persian:
    #                                                                          ships today, in two days)
    ("30 dagen later stond hij nog steeds strak", "product", False),
    ("Livraison à domicile à partir du 14/03", "product", True),
    ("Hassle-free returns", "product", True),
    ("Compra protegida", "product", True), ("Buyer Protection", "product", True),    # a marketplace's cover
    ("Yarın kapında", "product", True),                                        # (Turkish: at your door tomorrow)
    ("Free standard delivery on orders over £50", "product", True),
    ("送料無料 ポイント5倍", "product", True),                                   # Japanese: free shipping, points
    ("88ポイント(1倍)", "product", True),                                       # the purchase's points
    ("最短 3月20日(金) お届け予定", "product", True),                          # when it comes
    ("8,800円 (税込) 送料無料", "product", False),                              # (the price, its notes after it)
    ("由 北辰京东自营旗舰店 发货，并提供售后服务。", "product", True),           # (Chinese: who ships it)
    ("Op voorraad, vandaag voor 23:59 besteld, morgen in huis", "product", True),   # ordered before the day's end
    ("Order before 10pm for next-day delivery", "product", True),
    ("Bis 14 Uhr bestellt, morgen geliefert", "product", True),
    ("Betaal achteraf met Klarna", "product", True),                           # paying later
    ("Gratis ongkir", "product", True), ("Dikirim dari Jakarta Barat", "product", True),    # (Indonesian)
    ("Estimasi tiba besok", "product", True), ("Cicilan 0% mulai Rp112.417/bulan", "product", True),
    ("Llega gratis mañana", "collection", True),                               # (Spanish: it comes free tomorrow)
    ("Chega grátis amanhã", "product", True),
    ("Llega el invierno y con él la temporada de sopas.", "product", False),   # (a description's sentence)
    ("Mismo precio en 3 meses de $249.67", "collection", True),                # the price in instalments
    ("شحن مجاني للطلبات فوق 200 ر.س", "collection", True),                    # (Arabic: free shipping over …)
    ("или 240 ₽/мес в кредит", "product", True),                               # (Russian: in instalments)
    ("Доставим на дом — завтра, бесплатно", "product", True),                  # (when it comes, after a dash)
    ("Earn $10 Kohl's Cash to use Dec 8 – 15.", "product", True),              # money earned back to spend
    ("Earn 120 points", "product", True), ("Sammle 45 Punkte", "product", True),
    ("Optjen 15 point med Club Matas", "product", True), ("Tjäna 20 poäng", "product", True),     # (Nordic points)
    ("Optjen ret til efterløn", "product", False),
    ("På lager online – levering 1-2 hverdage", "product", True),             # (its stock, then its delivery)
    ("+131ポイント", "collection", True),                                      # (Yahoo! Shopping's card)
    ("Earn a living from your garden", "product", False),                      # (no sum earned)
    ("Bis zu 100 € Eintauschprämie für dein altes Gerät", "product", True),    # a trade-in (Samsung's)
    ("Up to $100 trade-in credit", "product", True), ("Trade-in values of old phones", "product", False),
    ("Kostenlose Lieferung in 1–3 Werktagen", "product", True),
    ("Ship to me: Free shipping with $49 orders", "product", True),            # a promise after its option's label
    ("Fill: polyester", "product", False),                                     # (a field: no promise after it)
    ("Δωρεάν αποστολή", "collection", True),                                   # (Greek: free shipping, Public's)
    ("Διαθέσιμο για παραλαβή", "collection", True),                            # (available for pickup)
    ("Gọi đặt mua 1800.1061 (7:30 - 22:00)", "product", True),                 # (Vietnamese: call to order)
    ("Безкоштовна доставка", "product", True),
    ("Or spread the cost with Very Pay. Representative 39.9% APR (variable)", "product", True),   # (a shop's credit)
    ("Free shipping on orders over $50", "article", False),         # a story about a shop's offer
    ("Free shipping is what made the shop famous, and the founders say it will stay for as long as the margins "
     "allow it.", "product", False),                                 # a description's sentence
])
def test_a_shops_promise_goes_on_a_shops_page(line, page_type, goes):
    got = L.shop_promise.fn(make_block(line), Context(config=Config(), page_type=page_type))
    assert (got is not None) is goes


@pytest.mark.parametrize("line", ["https://example.com/a", "See https://example.com/a and https://example.com/b"])
def test_a_single_address_or_one_in_a_sentence_is_no_dump(line):
    assert L.data_dump.fn(make_block(line), Context(config=Config())) is None


@pytest.mark.parametrize("lines,gone", [
    (["Suscríbete a nuestra newsletter", "Rutas, novedades y un 10 % de descuento en tu primer pedido.",
      "Suscribirse"], True),
    (["Sign up for our newsletter", "The week's best stories, every Friday.", "Subscribe"], True),
    (["Who's Reading Your Newsletter? Increasingly, Not a Human.", "AI in the News", "Subscribe"], False),  # a name
    (["Sign up for our newsletter", "The week's best stories, every Friday.", "Read the archive"], False),
    (["Newsletter", "Neue Kurse und freie Plätze einmal im Monat per E-Mail.",            # its button a <button>,
      "Du kannst dich jederzeit wieder abmelden."], True),                                 # its small print under
    (["Newsletter", "Neue Kurse und freie Plätze einmal im Monat per E-Mail.",
      "You can unsubscribe from the club's list by writing to the secretary in January."], False),
])
def test_a_newsletters_pitch_between_its_prompt_and_its_button_goes(lines, gone):
    blocks = [make_block(t, i) for i, t in enumerate(lines)]
    ctx = Context(config=Config())
    blocks = [b.remove("social_prompt", "prompt") if L.social_prompt.fn(b, ctx) else b for b in blocks]
    out = L.newsletter_box.fn(blocks, ctx)
    assert (out[1].removed_by == "newsletter_box") is gone
    if L.UNSUBSCRIBE_NOTE.match(lines[2]):      # (and the small print goes with the pitch)
        assert out[2].removed_by == "newsletter_box"


@pytest.mark.parametrize("text,stray", [("📞", True), ("✅", True), ("•", True), ("📞 Call us", False), ("OK", False),
                                        ("− +", True), ("−", True)])      # (a quantity's stepper, its minus sign)
def test_an_icon_alone_on_its_line_is_a_stray_mark(text, stray):
    assert L._stray_mark(make_block(text)) is stray


@pytest.mark.parametrize("line", ["Editar esta página Última actualización: 3 nov 2026",
                                  "Diese Seite bearbeiten Zuletzt aktualisiert: 3. Nov. 2026"])
def test_a_documentation_pages_edit_link_and_last_update_in_other_languages_are_a_date_line(line):
    assert L.date_line.fn(make_block(line), Context(config=Config())) is not None


@pytest.mark.parametrize("line,dated", [
    ("Dernière modification de la page le Mercredi 18 novembre 2026 14:02:11 CET par claire.", True),   # (Tiki's)
    ("This page was last edited on 3 March 2026, at 10:15.", True),                                    # (a wiki's)
    ("This page was last updated on Sunday, January 5, 2025 at 12:13 AM EST.", False),   # (a site's, in its text)
    ("Dernière modification de la page : on la relira demain avec le comité.", False),      # (no date)
])
def test_a_wikis_line_of_its_last_edit_is_a_date_line_though_a_sentence(line, dated):
    assert (L.date_line.fn(make_block(line), Context(config=Config())) is not None) is dated



@pytest.mark.parametrize("line, page_type, goes", [
    ("Ilość szt. Do koszyka", "product", True),          # the buy button, its quantity's label and unit before it
    ("Menge Stück In den Warenkorb", "collection", True),
    ("Do koszyka", "product", True),
    ("Ilość szt. Do koszyka", "article", False),          # (a story's line: no shop's page)
    ("Do koszyka trafiły też dwie książki.", "product", False),     # a sentence
    ("Add to bag Save to favorites", "product", True),   # the wish list's button beside it
    ("Add to bagSave to favorites", "product", True),    # (glued, as inscriptis joins inline buttons)
    ("Add to bag the rest of the kit", "product", False),
    ("Add to cart Add to Wish List Compare", "product", True),      # (and the compare button)
    ("Do košíku Porovnat Hlídat cenu", "product", True),          # (and the price watch's, DATART's)
    ("数量 1 2 買い物かごに入れる 購入手続きへ", "product", True),     # (and the checkout's, Rakuten's)
    ("Προσθήκη στο καλάθι Αγαπημένα Σύγκριση", "product", True),    # (Greek's favourites and compare, Plaisio's)
    ("In winkelwagen Op verlanglijst", "product", True),            # (Dutch's wish list, ALTERNATE's)
])
def test_a_shops_buy_line_goes_on_a_shops_page(line, page_type, goes):
    got = L.ad_marker.fn(make_block(line), Context(config=Config(), page_type=page_type))
    assert (got == "a shop's button") is goes


@pytest.mark.parametrize("line,gone", [
    ("Permisos de este foro:", True),                       # phpBB's box, as Forumotion's boards say it
    ("No puedes responder a temas en este foro.", True),
    ("You cannot post new topics in this forum", True),
    ("Du darfst keine Dateianhänge in diesem Forum erstellen.", True),      # (German: the verb last)
    ("Vous ne pouvez pas répondre aux sujets dans ce forum", True),
    ("You can find the old manual in this forum", False),   # a post's sentence: no permission's verb
    ("I have been posting in this forum since 2009.", False),
])
def test_a_boards_box_of_what_the_reader_may_do_goes(line, gone):
    got = L.comment_widget.fn(make_block(line), Context(config=Config(), page_type="forum"))
    assert (got == "what the reader may do on the board") is gone


@pytest.mark.parametrize("line,gone", [
    ("Yeni", True), ("Nyhet", True), ("İndirim", True),     # a card's badge in Turkish and Swedish
    ("Uutuus", True),                                        # and Finnish
    ("Spar 5,-", True), ("Spara 10 kr", True), ("Save £5", True),   # what the reader saves (Bilka's splash)
    ("Spar tid med levering", False),
    ("Snabbtitt", True), ("Hızlı bakış", True),              # a card's quick view, Swedish and Turkish
    ("Nieuw", True), ("Uitverkocht", True), ("Niet op voorraad", True), ("Sold out", True),   # a card's stock
    ("Нет в наличии", True), ("В наличии в 214 магазинах", True),           # (Russian)
    ("Menge", True), ("Quantity:", True), ("Antal", True),   # a quantity field's label, its <select> dropped
    ("Quantité 1 2 3", True),                                # (or its options flattened after it)
    ("Quantité 1 kg", False),
    ("4,3/5 128 avis", True), ("4.5 / 5 (87 reviews)", True),  # the average over five, its count beside it
    ("4.4 out of 5 Stars. 1287 reviews1,287 ratings", True),    # the stars' words, their counts glued after them
    ("4,5 von 5 Sternen (312)", True),                          # (or in brackets)
    ("4/5 dentists", False),
    ("4.8 (1.203)", True), ("4,5 (87)", True),               # a card's average and its count alone
    ("6.2 (2026)", False),                                   # (no rating: over five)
    ("Yeniden", False),                                      # (a word that opens with one)
    ("خصم", True), ("نفدت الكمية", True),                    # Arabic: a sale's badge, sold out
    ("4.9 Terjual 2rb+", True), ("+500 vendidos", True), ("2k+ sold", True),    # a card's count of sales
    ("200+ bought in past month", True), ("1K+ bought in the last week", True),    # (Amazon's, in a month)
    ("Overall Pick", True), ("Amazon's Choice", True), ("Editor's pick", True),     # a card's pick badge
    ("Sold 3 times in the week", False),
    ("Avise-me quando chegar", True), ("Notify me when available", True),   # a sold-out card's button
    ("MÁS VENDIDO", True), ("Mais vendido", True), ("Meistverkauft", True),  # a best seller's badge
    ("(1 204 отзыва)", True), ("(642 відгуки)", True),                      # a card's count of reviews
    ("Цена", True), ("Preis:", True), ("В рассрочку", True),                  # a card's label over its price
    ("4 330 ₸ x3", True), ("€12.50 × 4", True),                              # its price per instalment
    ("Цена вопроса", False), ("3 x 4", False),
    ("1 523 osoby kupiły ostatnio", True), ("312 osób kupiło ostatnio", True),   # how many bought it lately
    ("12 people bought recently", True), ("2 people bought the house next door", False),
    ("143,99 zł z dostawą", True), ("$24.98 with delivery", True),         # its price with its delivery
    ("+ 4,95 € Versand", True), ("99,00 zł", False), ("Versand 4,95 €", False),
    ("Any 3 for £4 Clubcard Price", True), ("2 für 5 €", True), ("3 for 2", True),   # an offer on several
    ("Buy any 2 for £3", True), ("Add 2 for £5.50", True), ("Add 2 eggs for the glaze", False),
    ("$100 OFF", True), ("After $100 OFF", True), ("Save 20 € off", True),     # an amount off, or after it
    ("4,8 (1 204)", True), ("lub 30 x 99,97 zł", True), ("or 3 x $33.33", True),   # its count spaced; its
    ("lub 14,90 zł x 10 rat 0%", True), ("or $33.33 x 3 installments", True),   # (its count and its name
    ("14,90 zł x 10 rat na start", False),                                          # after it)
    ("New Arrival", True), ("Limited Offer", True), ("Online Exclusive", True),    # a card's flags
    ("A limited offer of tickets went on sale", False),
    ("or 30 years of service", False),                                               # instalments, count first
    ("Rated 4.8 out of 5 stars based on 2,114 reviews.(2,114)", True),        # (its count's link glued after)
    ("3 for the road", False), ("Serves 2 for £12 a head", False),
    ("2e halve prijs", True), ("1+1 gratis", True), ("1+1 gratis koffie bij elke taart", False),   # Dutch offers
    ("+2", True), ("+3 colours", True), ("+2 Farben", True), ("+2 for the team", False),   # its other colours
    ("+2 culori", True),                                                                    # (Romanian's)
    ("3 barvy", True),                                                                      # (Czech's count)
    ("Mitgliederpreis", True), ("Member price", True),          # the label of the price a member pays
    ("Colores disponibles:", True), ("Available colours:", True),   # the swatches' label for a screen reader
    ("Colores disponibles: rojo", False), ("5 Colors", True), ("5 colors of wool", False),
    ("På lager i nettbutikk", True),                                # (its stock, longer than a badge)
    ("Solo online", True), ("Nueva colección", True), ("Nur online", True),     # flags in other languages
    ("Duurzaam", True), ("Nachhaltiger", True), ("Durable", False),              # (for the planet; not a feature)
    ("SELLING FAST", True), ("Almost gone", True), ("Almost sold out", True),      # (how fast it sells)
    ("Colores disponibles:\nSolo online", True),                  # (on the lines of one block)
    ("Новинка", True), ("Хит продаж", True),                      # Russian flags
    ("Размеры: 36 37 38 39 40", True), ("Sizes: S M L XL", True),   # the sizes on offer
    ("Sizes: our guide to fitting shoes well and comfortably.", False),
    ("Colores disponibles:\nCuello alto", False),
    ("Novinka", True), ("Nejprodávanější", True), ("Výprodej", True),   # Czech flags: new, bestseller, clearance
    ("Porovnat ceny v 38 obchodech", True), ("Compare prices from 12 shops", True),   # a price comparison's link
    ("Compare prices before you buy a kettle", False),
    ("4.5 (1,024件)", True),                                        # (the count's Japanese counter in brackets)
    ("4.1★ 18,204 Reviews", True), ("4.0★", True), ("4.1★ and rising", False),     # (a star after the average,
    #                                                                                    Meesho's card's)
    ("Jämför 38 butiker", True), ("Compare 45 stores", True),       # (the verb over the count alone: PriceRunner's)
    ("Jämför priser från 12 butiker", True), ("Compare 45 stores near the station", False),
    ("+5 colours Add to Basket", True), ("Online Exclusive Add to Basket", True),   # (its button on its line)
    ("3 coloris", True), ("1 coloris", True), ("3 coloris de plus à venir en mars", False),   # (Intersport's)
    ("%25 İndirim", True), ("%25", True), ("%25 of the vote", False),    # (Turkish: the sign first, Teknosa's)
    ("Chunky Knit Cushion Add to Basket", False),                                    # (its name's, no badge's)
])
def test_a_cards_badge_in_more_languages_goes(line, gone):
    got = L.shop_badge.fn(make_block(line), Context(config=Config(), page_type="collection"))
    assert (got is not None) is gone


@pytest.mark.parametrize("line, gone", [("Porovnat", True), ("Porovnat ceny", False)])
def test_a_cards_compare_button_in_czech_goes(line, gone):
    """Heureka's card's button that adds its product to a comparison ("Porovnat", Czech's "Compare")."""
    blocks = [make_block(line, 0)]
    out = L.page_control.fn(blocks, Context(config=Config(), page_type="collection"))
    assert (out[0].removed_by == "page_control") is gone


@pytest.mark.parametrize("line,gone", [
    ("Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz. Detaylı bilgi için Çerez Politikası'nı "
     "inceleyebilirsiniz.", True),                          # a Turkish shop's banner: "we use cookies"
    ("Bayramda misafirlere çerez ve lokum ikram edilir.", False),   # "çerez" is a snack too
    ("Käytämme evästeitä parantaaksemme käyttökokemustasi. Lue lisää", True),      # Finnish's word for them
    ("Vi bruker informasjonskapsler for å optimalisere nettstedet vårt.", True),   # Norwegian's
    ("Vi använder cookies för att ge dig en bättre upplevelse.", True),        # "we use cookies" in Swedish
    ("Mormor bakade cookies till julmarknaden.", False),                       # baked ones
])
def test_a_cookie_banner_in_words_of_its_own_goes(line, gone):
    got = L.cookie_prompt.fn(make_block(line), Context(config=Config()))
    assert (got is not None) is gone


@pytest.mark.parametrize("line,gone", [("Taglia", True), ("Größe:", True), ("Select size", True), ("Size:", True),
                                       ("Size", False),    # (English "Size" alone: a spec's label too, "212 MB")
                                       # (the picker's prompt in other languages: eobuv.cz's "Vyberte velikost")
                                       ("Vyberte velikost", True), ("Größe wählen", True), ("Wybierz rozmiar", True),
                                       ("Choisir une taille", True), ("Välj storlek", True),
                                       ("Vyberte barvu", False)])      # (its colour's: no size)
def test_a_products_size_pickers_label_alone_goes(line, gone):
    got = L.shop_badge.fn(make_block(line), Context(config=Config(), page_type="product"))
    assert (got is not None) is gone


def test_a_products_stock_on_its_own_page_is_its_field_not_a_cards_badge():
    assert L.shop_badge.fn(make_block("Niet op voorraad"), Context(config=Config(), page_type="product")) is None


@pytest.mark.parametrize("line,page_type,goes", [
    ("Powered by USB-C", "product", False),             # a product's feature
    ("Powered by Discourse", "forum", True),            # (elsewhere a footer's credit)
    ("Powered by: FUDforum 3.1.3.", "forum", True),     # (its label's colon)
    ("Theme Stack designed by Jimmy", "listing", True),             # the theme the site wears and its maker
    ("Theme: Twenty Twenty-Four by WordPress.org", "listing", True),
    ("Hemingway Theme by Anders Norén", "listing", True),
    ("Field Notes | Theme by Anders Norén", "listing", True),
    ("Thème : Zakra par ThemeGrill", "listing", True),
    ("Theme park by the river", "listing", False),                  # (a theme's name and its maker with a capital)
    ("The theme by itself is fine", "listing", False),
    ("Theme by the sea", "listing", False),
])
def test_a_credit_to_the_sites_software_is_no_products_feature(line, page_type, goes):
    got = L.copyright_footer.fn(make_block(line), Context(config=Config(), page_type=page_type))
    assert (got == "the software the site runs on") is goes


@pytest.mark.parametrize("line, counts", [
    ("(1,284) 48 Questions 112 Answers", True),      # a product's counts of ratings, questions and answers
    ("214 reviews · 12 questions", True),
    ("(87)", False),                                 # (one count alone: the cards' counts are listing_cards')
    ("48 questions about the 2 answers", False),
    ("95 % 214 recenzí", True),                      # its rating in per cent, its count of reviews (Heureka's)
    ("95 % of 214 buyers", False),
])
def test_a_products_counts_of_ratings_questions_and_answers_go_on_a_shops_page(line, counts):
    got = L.shop_badge.fn(make_block(line), Context(config=Config(), page_type="product"))
    assert (got == "a product's counts of ratings, questions and answers") is counts


@pytest.mark.parametrize("line, reason", [
    ("(3 opinie)", "a product's rating in stars"),                # its count of reviews in brackets, with its word
    ("(37 Bewertungen)", "a product's rating in stars"),
    ("(37 bottles)", None),
    ("(128 recensioner)", "a product's rating in stars"),         # (Swedish: Clas Ohlson's)
    ("Ilość szt.", "a product's quantity field's label"),          # the quantity's label with its unit
    ("Xem nhanh", "a product card's badge"),                       # Vietnamese: its quick look
    ("(1,284)", "a product's count of ratings"),                   # its count alone, its stars a picture
    ("1+1", "a product card's badge"),                             # a deal: two for the price of one
    ("2+1 gratis", "a product card's badge"),
    ("1+1=2", None),
    ("Su AČIŪ kortele", "a price's loyalty-card label"),           # with the AČIŪ card (Maxima's)
    ("Ar Mans Rimi karti", "a price's loyalty-card label"),        # with the My Rimi card (Rimi's)
    ("Med Coop-kort", "a price's loyalty-card label"), ("Plussa-kortilla", "a price's loyalty-card label"),
    ("Avec la carte Carrefour", "a price's loyalty-card label"), ("With Clubcard", "a price's loyalty-card label"),
    ("Pay with card", None), ("Gift card", None),
])
def test_a_products_counts_and_labels_go_on_a_shops_page(line, reason):
    assert L.shop_badge.fn(make_block(line), Context(config=Config(), page_type="product")) == reason


@pytest.mark.parametrize("source, goes", [("html", True), ("text", False)])
def test_a_delivery_options_label_alone_goes_on_a_products_page_in_html(source, goes):
    """Target's "Shipping" over "Arrives by Tue, Dec 8"; in scraped text such labels stand among the price's lines
    the text's start is found by (Walmart's "Pickup" / "Delivery" / "Shipping"), so there they stay."""
    got = L.shop_promise.fn(make_block("Shipping"), Context(config=Config(), input=source, page_type="product"))
    assert (got is not None) is goes



@pytest.mark.parametrize("line, kind, dated", [
    ("spurweite fahrten --von 2026-01-01 --bis 2026-03-31", "paragraph", False),   # a command's long options
    ("spurweite fahrten 2026-01-01", "code", False),                                # a program's line
    ("2024-11-05,1280,交通費,客先訪問", "paragraph", False),       # a data file's row, its code block scraped
    ("1ESY1160512345;2025-01-10;48213", "paragraph", False),
    ("2026-01-01", "paragraph", True),
    ("12.11.2024, 14:30", "paragraph", True),                    # a date and its time, a space after the comma
])
def test_a_programs_line_with_dates_is_no_date_line(line, kind, dated):
    got = L.date_line.fn(make_block(line, kind=kind), Context(config=Config()))
    assert (got is not None) is dated


def test_a_long_line_of_chinese_script_is_no_caption():
    """Written without spaces, a paragraph of 150 characters is one "word" to a splitter: counted two characters to
    the word, it is no short caption for its credit's slash at its end."""
    line = "每天搭板南線上班，車廂裡明明很多人，卻安靜到只聽得到廣播。" * 5 + "有沒有八卦？照片/Reuters"
    assert L.caption_credit.fn(make_block(line), Context(config=Config())) is None
    assert L.caption_credit.fn(make_block("捷運車廂照片/Reuters"), Context(config=Config())) is not None


@pytest.mark.parametrize("line, dated", [
    ("3月12日 21:40", True),                              # a month and a day in their signs, without a year
    ("B1 國立政治大學 · 匿名 3月12日 22:03", True),          # a reply's floor, school, name and time (Dcard)
    ("3월 12일 09:30", True),                              # Korean
    ("3月12日 政府宣布新的住房政策", False),                  # a headline's words after its date: no field
    ("2026年3月12日 政府宣布新的住房政策", False),
    ("绿手指小园丁 园艺领域专家 2026-11-02 21:14", True),    # a member's name and title, spaced: two fields (Baidu)
    ("绿手指小园丁园艺领域专家 2026-11-02 21:14", False),     # (unspaced, one run of eleven characters)
])
def test_a_date_in_chinese_or_japanese_script_makes_a_date_line_of_short_fields(line, dated):
    got = L.date_line.fn(make_block(line), Context(config=Config()))
    assert (got is not None) is dated


def test_a_cards_rating_glued_to_its_count_in_russian_goes():
    got = L.shop_badge.fn(make_block("4,812 483 оценки"), Context(config=Config(), page_type="collection"))
    assert got is not None


@pytest.mark.parametrize("line, kind, goes", [("js", "code", True), ("Python", "code", True),
                                             ("js", "paragraph", False), ("Kyoto", "code", False),
                                             ("Terminal", "code", False)])     # (a window's title)
def test_a_listings_language_alone_over_it_goes(line, kind, goes):
    """MDN's "js" over each example: the listing's header."""
    blocks = [make_block(PROSE, 0), make_block(line, 1), make_block("at(index)", 2, kind=kind)]
    out = L.page_control.fn(blocks, Context(config=Config()))
    assert (out[1].removed_by == "page_control") is goes


@pytest.mark.parametrize("page_type,gone", [("product", False), ("service", False), ("article", True)])
def test_a_duration_alone_on_a_shops_page_is_a_products_field(page_type, gone):
    """Alibaba's "Keeps hot" / "12 hours"; on a business's page an offer's ("Corte clásico" / "30 min", Vagaro's); on
    an article a teaser's age alone ("12 hours") goes; "2 days ago" goes on any page."""
    ctx = Context(config=Config(), page_type=page_type)
    assert (L.relative_time.fn(make_block("12 hours"), ctx) is not None) is gone
    assert L.relative_time.fn(make_block("2 days ago"), ctx) is not None


@pytest.mark.parametrize("line, page_type, widget", [
    ("£199.00 £249.00 Save £50.00", "product", False),      # a shop's prices, the saving after them
    ("Save $30", "product", True),                          # (the saving alone: its button, as on a thread)
    ("$30 Save", "article", True),                          # (not a shop's page)
    ("Save Report Reply", "forum", True),
])
def test_a_shops_prices_with_their_saving_are_no_comment_widget(line, page_type, widget):
    got = L.comment_widget.fn(make_block(line), Context(config=Config(), page_type=page_type))
    assert (got == "comment widget") is widget


@pytest.mark.parametrize("line", ["Stellen Sie eine Frage", "Neue Frage stellen", "Zadaj pytanie"])
def test_a_boards_button_to_ask_a_question_is_one_of_the_pages_buttons(line):
    from pagecleaner.vocab import made_of
    assert made_of(("page_control",), line)



def test_a_pages_title_that_is_a_tag_labels_word_alone_is_no_tag_list():
    """Storybook's page on a design system's "Tag" component: the word alone as the page's <h1> is its title; as a
    lesser heading, the label over a list of tags."""
    ctx = Context(config=Config())
    assert L.tag_widget.fn(make_block("Tag", 0, kind="heading", level=1), ctx) is None
    assert L.tag_widget.fn(make_block("Tag", 0, kind="heading", level=3), ctx) == "tag or topic list"


@pytest.mark.parametrize("line, gone", [
    ("This conversation has been locked due to inactivity. Please create a new question.", True),
    ("Cette conversation a été verrouillée en raison d'inactivité. Poser une nouvelle question.", True),
    ("Dieses Thema wurde gesperrt.", True),
    ("The museum has been locked since the storm, and nobody knows when it will open again.", False),
])
def test_a_threads_notice_that_it_is_locked_goes(line, gone):
    """Under a thread's last reply, the board's notice that the thread takes no more (Apple's communities')."""
    got = L.comment_widget.fn(make_block(line), Context(config=Config(), page_type="forum"))
    assert (got is not None) is gone


@pytest.mark.parametrize("line, gone", [
    ("Вы не можете добавлять комментарии в эту тему. Тема перемещена в архив.", True),     # LOR's
    ("This thread has been archived.", True),
    ("The council's minutes have been archived since 1998.", False),
])
def test_a_threads_notice_that_it_is_archived_goes(line, gone):
    """Under a thread's last reply, the board's notice that the thread has gone to its archive and takes no more."""
    got = L.comment_widget.fn(make_block(line), Context(config=Config(), page_type="forum"))
    assert (got is not None) is gone


@pytest.mark.parametrize("line, goes", [
    ("下一页", True), ("上一頁", True), ("次のページ", True), ("다음 페이지", True),     # a list's pager (cnblogs')
    ("Next page", True), ("Nächste Seite", True),
    ("编辑", True), ("編集", True),                                                  # a post's edit link
    ("The next page of the report covers the budget.", False),
])
def test_a_lists_pager_and_a_posts_edit_link_alone_on_their_lines_go(line, goes):
    blocks = [make_block(PROSE, 0), make_block(line, 1), make_block(PROSE + " Again.", 2)]
    out = L.page_control.fn(blocks, Context(config=Config(), page_type="listing"))
    assert out[1].removed_by == ("page_control" if goes else None)


@pytest.mark.parametrize("line", ["Pristatymas į namus nuo 2,99 €", "Atsiimti parduotuvėje nemokamai",
                                  "Bezmaksas piegāde", "Tasuta tarne"])
def test_a_baltic_shops_delivery_promises(line):
    assert L.shop_promise.fn(make_block(line), Context(config=Config(), page_type="collection")) is not None


@pytest.mark.parametrize("line, gone", [("Naujiena", True), ("Akcija", True), ("Jaunums", True), ("Uus", True),
                                        ("Naujienos iš Vilniaus", False)])
def test_a_baltic_cards_badge_goes(line, gone):
    got = L.shop_badge.fn(make_block(line), Context(config=Config(), page_type="collection"))
    assert (got is not None) is gone


@pytest.mark.parametrize("line, gone", [("Į krepšelį", True), ("Pievienot grozam", True), ("Ostukorv", True)])
def test_a_baltic_shops_cart_button_goes(line, gone):
    assert (L.ad_marker.fn(make_block(line), Context(config=Config(), page_type="collection")) is not None) is gone


def test_lisa_stays_a_first_name_to_the_byline_rule():
    """Estonian's "Lisa ostukorvi" (add to cart) is no phrase of the vocabulary: every phrase's words are boilerplate
    to the byline rule, and a name alone next to the date line ("Lisa Duffy") would never be its author."""
    from pagecleaner.segment import BOILERPLATE_WORDS
    assert "lisa" not in BOILERPLATE_WORDS and "ostukorv" in BOILERPLATE_WORDS


@pytest.mark.parametrize("line, counted", [
    ("214 üründen 4 tanesini görüntülüyorsunuz", True),                # (Turkish: the total first, Teknosa's)
    ("Rasta prekių: 124", True), ("124 prekės", True), ("Products found: 48", True), ("Найдено товаров: 12", True),
    ("Rasta klaidų: 3", False),                                         # (errors found: no products)
])
def test_a_categorys_count_of_its_products_its_label_first(line, counted):
    got = L.search_prompt.fn(make_block(line), Context(config=Config(), page_type="collection"))
    assert (got == "results counter") is counted


@pytest.mark.parametrize("line", ["Rikiuoti pagal:", "Kārtot pēc", "Sorteeri järgi"])
def test_a_baltic_categorys_sort_button_alone_goes(line):
    blocks = [make_block(PROSE, 0), make_block(line, 1), make_block(PROSE + " Again.", 2)]
    out = L.page_control.fn(blocks, Context(config=Config(), page_type="collection"))
    assert out[1].removed_by == "page_control"


@pytest.mark.parametrize("line, gone", [("In [1]:", True), ("Out[12]:", True), ("In [ ]:", True),
                                        ("In [2]: the second cell", False), ("In the end:", False)])
def test_a_notebooks_cell_prompt_goes(line, gone):
    """nbconvert's export of a Jupyter notebook: "In [1]:" beside each code cell, "Out[1]:" beside its output."""
    out = L.page_control.fn([make_block(line, 0)], Context(config=Config(), page_type="documentation"))
    assert (out[0].removed_by == "page_control") is gone


@pytest.mark.parametrize("line, gone", [
    ("Bank feeds reconciled every week and a profit and loss report in your inbox on the first of the month.", False),
    ("Get the best of our reporting in your inbox every morning.", True),           # a newsletter's prompt
    ("Our weekly letter with the week's most read stories lands in your inbox on Sunday mornings.", True),
])
def test_in_your_inbox_in_a_services_sentence_is_no_newsletter_prompt(line, gone):
    """A bookkeeper's service card says what lands "in your inbox"; a newsletter's prompt asks the reader to sign up
    for what will (or is short)."""
    got = L.social_prompt.fn(make_block(line), Context(config=Config(), page_type="service"))
    assert (got is not None) is gone


@pytest.mark.parametrize("line, kept", [("Response 200", True), ("Responses", True), ("Response", True),
                                        ("Response 20 comments", False)])
def test_an_api_references_response_headings_are_no_comments(line, kept):
    """Apiary's: "Response 200" heads what a request answers, its status code after it."""
    from pagecleaner.pipeline import Context
    doc = Context(config=Config(), page_type="documentation")
    assert (L.comment_widget.fn(make_block(line, kind="heading"), doc) is None) is kept


@pytest.mark.parametrize("page_type, gone", [("documentation", False), ("article", True)])
def test_related_topics_heads_a_manuals_references_not_a_tag_list(page_type, gone):
    """GitLab's docs: "Related topics" over links to other pages of the manual; on a story, its topics' tags."""
    got = L.tag_widget.fn(make_block("Related topics", kind="heading"), Context(config=Config(), page_type=page_type))
    assert (got is not None) is gone


def test_a_modules_copyright_field_on_a_manuals_page_is_no_footer():
    """LDoc's "Info:" list: "Copyright: 2024 Maren Voss" beside "License: MIT"; the same line elsewhere goes."""
    line = make_block("Copyright: 2024 Maren Voss")
    assert L.copyright_footer.fn(line, Context(config=Config(), page_type="documentation")) is None
    assert L.copyright_footer.fn(line, Context(config=Config())) == "copyright line"


@pytest.mark.parametrize("label", ["Opciones de entrega", "Delivery options", "Lieferoptionen"])
def test_the_heading_over_a_products_delivery_options_goes(label):
    """(HTML) Ripley's "Opciones de entrega" over "Despacho a domicilio: …" and "Retiro en tienda: …"."""
    ctx = Context(config=Config(), input="html", page_type="product")
    assert L.shop_promise.fn(make_block(label), ctx) == "the label of a product's delivery option"


@pytest.mark.parametrize("text,tokens,gone", [
    ("1: \n2: \n3: ", frozenset(), True),                  # FSharp.Formatting's gutter, a colon after each number
    ("1\n2\n3\n4", frozenset({"linenos"}), True),           # Pygments' gutter, its class says so
    ("1\n2\n3", frozenset(), False),                        # a program's output that counts
    ("1:\n3:\n4:", frozenset(), False),                     # numbers that skip: no gutter
    ("1:\n2:", frozenset(), False),                         # two lines: too few to say
])
def test_a_listings_gutter_of_line_numbers_in_a_box_of_its_own_goes(text, tokens, gone, html_ctx):
    b = make_block(text, kind="code", tokens=tokens)
    assert (L.data_dump.fn(b, html_ctx) is not None) is gone


@pytest.mark.parametrize("line,ctx_type,gone", [
    ("Velikosti: 41–47", "collection", True),       # a card's range of sizes
    ("Velikosti: 41 42 43", "collection", True),
    ("Velikosti: 41–47", "article", False),
])
def test_a_cards_czech_sizes_and_their_range_go(line, ctx_type, gone):
    c = Context(config=Config(), input="html", page_type=ctx_type)
    assert (L.shop_badge.fn(make_block(line), c) is not None) is gone


@pytest.mark.parametrize("line,rule", [
    ("Hledat", "search_prompt"), ("Vyhledat", "search_prompt"), ("Zoeken", "search_prompt"),
    ("Vrácení do 60 dnů", "shop_promise"), ("Returns within 30 days", "shop_promise"),
])
def test_czech_and_other_shops_search_buttons_and_return_promises(line, rule):
    c = Context(config=Config(), input="text", page_type="collection")
    fn = {"search_prompt": L.search_prompt, "shop_promise": L.shop_promise}[rule]
    assert fn.fn(make_block(line), c) is not None


@pytest.mark.parametrize("line", ["이 게시판의 다른 글", "관련 게시글"])        # (Korean: the board's other posts)
def test_a_korean_boards_other_posts_heading_names_other_stories(line):
    assert vocab.pattern("related_heading", whole=True).match(line.lower())


@pytest.mark.parametrize("line", ["Můj účet", "Mijn account", "Mitt konto", "Hesabım", "Contul meu"])
def test_a_shops_account_link_in_more_languages_is_a_site_link(line):
    assert vocab.pattern("site_links", whole=True).match(line.lower())


@pytest.mark.parametrize("line,gone", [
    ("S M L XL", True), ("XS S M", True), ("M L XL XXL", True), ("S, M, L", True),
    ("S", False),                   # one letter alone: no list of sizes
    ("M L King", False),
])
def test_a_cards_sizes_in_letters_alone_go_on_a_category(line, gone):
    got = L.shop_badge.fn(make_block(line), Context(config=Config(), page_type="collection"))
    assert (got == "a product card's sizes") is gone


@pytest.mark.parametrize("line", ["Κερδίζεις 10,00 €", "Εξοικονομείτε 5 €"])
def test_a_products_saving_in_greek_is_a_price_note(line):
    assert L.shop_promise.fn(make_block(line), Context(config=Config(), page_type="product")) is not None


def test_a_products_count_of_reviews_in_greek():
    got = L.shop_badge.fn(make_block("(87 αξιολογήσεις)"), Context(config=Config(), page_type="product"))
    assert got is not None


@pytest.mark.parametrize("line", ["4,7 (1 842 opinie)", "4,6 (903 opinie)", "4.5 (2,418 reviews)"])
def test_a_cards_rating_with_its_count_of_reviews_in_brackets_goes(line):
    assert L.shop_badge.fn(make_block(line), Context(config=Config(), page_type="collection")) is not None


@pytest.mark.parametrize("line,byline", [("por R$ 299,90", False), ("por Marcos Silva", True), ("By $ 5", False)])
def test_a_sales_price_after_por_is_no_byline(line, byline, ctx):
    assert (L.byline.fn(make_block(line), ctx) is not None) is byline


@pytest.mark.parametrize("line", ["Calcular frete e prazo", "Calculate shipping"])
def test_a_shipping_calculators_label_is_a_shops_promise(line):
    assert L.shop_promise.fn(make_block(line), Context(config=Config(), page_type="product")) is not None


@pytest.mark.parametrize("line,promise", [
    ("Price match promise", True),          # (Gear4music's list; not its "2 year warranty", a product's field as
    ("2 year warranty", False), ("Garantie 2 ans", False),     # much: Conforama's)
    ("In stock Order in the next 4 hours for next day delivery", True),   # (its countdown, its stock before it)
    ("Bestellen Sie innerhalb der nächsten 3 Stunden", True),
    ("Order in the shop", False),
])
def test_a_shops_price_match_and_countdown_are_promises(line, promise):
    got = L.shop_promise.fn(make_block(line), Context(config=Config(), page_type="product"))
    assert (got is not None) is promise


@pytest.mark.parametrize("line", ["Doručení do 2 pracovních dnů", "Doručenie do 48 hodín", "Dodání do 3 dnů"])
def test_a_czech_and_slovak_shops_delivery_promises(line):
    assert L.shop_promise.fn(make_block(line), Context(config=Config(), page_type="product")) is not None


@pytest.mark.parametrize("line", ["24h到貨", "超商取貨", "免運"])
def test_a_taiwanese_shops_delivery_promises(line):
    assert L.shop_promise.fn(make_block(line), Context(config=Config(), page_type="product")) is not None


@pytest.mark.parametrize("line", ["Bültenimize katılın", "Yeni ders saatlerinden ilk siz haberdar olun."])
def test_a_turkish_newsletter_box_is_a_prompt(line):
    assert L.social_prompt.fn(make_block(line), Context(config=Config())) is not None


@pytest.mark.parametrize("line", ["Alleen verkrijgbaar in de winkel, zolang de voorraad strekt.", "While stocks last.",
                                  "Solange der Vorrat reicht"])
def test_an_offers_terms_are_a_shops_promise(line):
    assert L.shop_promise.fn(make_block(line), Context(config=Config(), page_type="collection")) is not None


def test_a_dutch_sort_label_alone_goes_on_a_category():
    blocks = [make_block(PROSE, 0), make_block("Sorteren op", 1), make_block(PROSE + " Again.", 2)]
    out = L.page_control.fn(blocks, Context(config=Config(), page_type="collection"))
    assert out[1].removed_by == "page_control"


@pytest.mark.parametrize("line, gone", [
    ("Skladem · Doručíme zítra · Na prodejně Praha Chodov ihned", True),     # its stock, then when and where
    ("Άμεσα διαθέσιμο · Παράδοση σε 1-2 εργάσιμες", True),
    ("En stock · Livraison estimée entre le 2 et le 4 décembre", True),       # (La Redoute's, a field of nine words)
    ("Skladem · 8 990 Kč", False),                                          # (a price among them: a field)
    ("Doručíme zítra · Skladem", False),                                    # (its stock not first)
])
def test_a_products_stock_then_its_delivery_between_dots_goes(line, gone):
    got = L.shop_promise.fn(make_block(line), Context(config=Config(), page_type="product"))
    assert (got is not None) is gone


@pytest.mark.parametrize("line", ["Αξιολογήσεις πελατών", "Hodnocení zákazníků"])     # (Plaisio's, DATART's)
def test_the_heading_over_a_shops_reviews_in_greek_and_czech_is_the_comments(line):
    assert L.comment_widget.fn(make_block(line), Context(config=Config(), page_type="product")) == "comment widget"



@pytest.mark.parametrize("line", ["Devi accedere per rispondere.", "You must log in to reply.",
                                  "Je moet ingelogd zijn om te reageren."])       # (Jamroom's, in Dutch)
def test_a_threads_prompt_to_log_in_to_reply_is_its_form(line):
    """EasyDiscuss's under the answers, in Italian."""
    got = L.comment_widget.fn(make_block(line), Context(config=Config(), page_type="forum"))
    assert got == "comment form"


@pytest.mark.parametrize("line,gone", [("Share on X", True), ("X 12", True),
                                       ("3 x 52 €", False), ("2 x $19.99", False)])     # (a price in instalments)
def test_a_price_times_its_instalments_is_no_share_button(line, gone, ctx):
    assert (L.share_widget.fn(make_block(line), ctx) is not None) is gone


@pytest.mark.parametrize("line", ["您需要 登录 才可以回复", "登录 后才能发表回复。"])
def test_a_chinese_boards_prompt_to_log_in_to_reply_is_its_form(line):
    got = L.comment_widget.fn(make_block(line), Context(config=Config(), page_type="forum"))
    assert got is not None
