"""Named phrase lists, kept apart from the code that applies them.

Each category is a tuple of lower-case phrases (plain words, not regexes). Where a
language words a thing differently, its phrases sit in the same category: a rule
never depends on English alone. `compile_phrases` turns a category into one
alternation with word boundaries; phrases are escaped, so no entry can make a
pattern backtrack.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence

# (HTML) class words of readers' and customers' words, not the page's (a service page's testimonial signed "Gemma
# Hartley"; a product's reviews; a post's comments)
RESPONSE_TOKENS = frozenset({"comment", "comments", "reply", "review", "reviews", "testimonial", "testimonials"})
COMMENT_TOKENS = frozenset({"comment", "comments"})     # the class words of an article's comments
# "Comments" in Japanese, Chinese and Korean: the comment widget's word ("コメント(2)" under a post's card), and with
# its count a card's field ("댓글 12") or a card's count ("コメント(4) いいね(18)")
CJK_COMMENT_WORDS = ("コメント", "评论", "評論", "留言", "댓글")

# What a word is, for every rule: a run of letters, with an inner apostrophe ("don't", "l’app") or Persian's
# zero-width non-joiner inside it ("سه‌شنبه", Tuesday, "می‌کند": one word each), and the letters alone (what the
# phrase patterns' word boundaries see: apostrophes split words there).
WORD = re.compile(r"[^\W\d_]+(?:\u200c[^\W\d_]+)*(?:['’][^\W\d_]+)?")
LETTERS = re.compile(r"[^\W\d_]+")

# Function words per language. Used only as one signal of running prose (share of
# tokens that are function words), taking the best language for each block.
STOPWORDS = {
    "en": "a about after all also an and any are as at be been but by can could did do from had has have he her his "
          "how i if in into is it its more my no not of on one or our out said she so some than that the their them "
          "then there they this to up was we were what when which who will with would you your",
    "de": "aber als am an auch auf aus bei bis da das dass dem den der des die doch du durch ein eine einem einen einer "
          "er es für hat hatte ich ihr im in ist ja kann man mit nach nicht noch nur oder sein sich sie sind so über "
          "um und uns von vor war wie wir wird wurde zu zum zur",
    "fr": "à au aux avec ce ces cette comme dans de des du elle en est et être il ils je la le les leur lui mais me "
          "même ne nous on ou par pas plus pour qu que qui sa se ses son sont sur très un une vous y été a ont",
    "es": "a al como con de del el ella en entre era es esta este fue ha hay la las le lo los más no nos o para pero "
          "por que se ser si sin sobre son su sus también un una uno y ya está han",
    "it": "a al alla anche che chi con da dal del della di e è gli ha i il in la le lo ma nel nella non per più se si "
          "sono su sua suo tra un una uno",
    "pt": "a ao as com como da das de do dos e é ela ele em entre era foi há isso mais mas na nas no nos o os ou para "
          "pela pelo por que se sem ser seu sua também um uma",
    "nl": "aan als bij dat de die dit een en er het hij in is je met naar niet nog of om ook op te tot van voor was "
          "wat we werd worden zijn zo",
    "pl": "a aby ale bo by być do i ich jak jest już na nie o od po przez się so ta tak także te to tylko w we z za że "
          "jego jej oraz czy który która które ze dla lub albo jeśli gdy przed przy bez nad też jednak może są był "
          "była było tym tego tej jako gdzie kiedy jeszcze bardzo",     # (not "ma", "go", "co", "pod", "mu": English
    #                                                                    words, or names, "Jack Ma")
    "cs": "a aby ale ani až bude budou by byl byla byli bylo být do i jak jako je jeho její jejich jen jsem jsme "
          "jsou kde když který která které kteří má mají mezi na nad než o od po protože před při se si tak také to "
          "tento této tím ve však z za ze že",      # (not "pro", "co", "pod": English words too, "All-around pro")
    "sv": "att av de dem den denna det detta du där efter eller en ett för från hade hon honom hur här i inte jag "
          "kan man med mig mot ni någon och om på sig sin sina ska skulle som så till under upp ut var vad vi vid vår "
          "än är över",       # (not "har", "min": names too, "Janie Har")
    "ru": "а без бы в вы да для до его если же за и из или их к как когда который ли мы на не но о об от по при "
          "с со так также то только у уже что это этот я он она они был была были быть",
    "uk": "а або але без би в вже він вона вони від для до його її з за зі і із їх й коли на не ні о об по при про "
          "та також теж тільки у що щоб це цей ця ці чи як який яка які я був була були бути ще між після через під "
          "над",
    "el": "και το τα του της των τον την τη τις τους ο η οι να θα δεν με για από σε στο στη στην στα στις στους στον "
          "που είναι ένα μια ένας ως αλλά ή όπως ότι αυτό αυτή έχει έχουν ήταν πιο μετά πριν κατά προς χωρίς "
          "μας σας τους όταν αν",
    "id": "ada adalah akan atau bahwa bisa dalam dan dari dengan di ini itu juga ke karena kami kita mereka oleh pada "
          "saat sebagai sudah tidak untuk yang",
    # (Danish and Norwegian: not the words that are first names or surnames too, "han", "hun", "hans", "andre",
    # "min", "din", "sin", "meg", "mig", "dem": a name alone is told by having none; nor English words the English
    # list leaves out, "for", "under": a heading's share of function words would change with them)
    "da": "af alle at blev da de den denne der det dette du efter eller en er et fra havde hvad hvis hvor i ikke "
          "jeg kan kun med meget mod når og om på skal som så til ud var vi vil ville være været",
    "nb": "alle at av ble da de den denne der det dette du eller en er et fra hadde hva hvis hvor i ikke jeg kan "
          "kun med mot når og om opp på skal som så til ut var vi vil ville være vært",
    # (Vietnamese writes a word a syllable: its function words are syllables of their own)
    "vi": "và của có là được trong cho với các những một không này đã để khi từ ở tại về như thì mà lại đến nên "
          "cũng rất sẽ đang chỉ bị hơn sau trên theo vào ra",
}
STOPWORD_SETS = {lang: frozenset(words.split()) for lang, words in STOPWORDS.items()}
ALL_STOPWORDS = frozenset().union(*STOPWORD_SETS.values())
# The small words of an English title ("10 daily habits for healthy weight loss")
TITLE_SMALL_WORDS = frozenset("a an and at by for from in into of on over the to up with after about as amid "
                              "against before without".split())

# --- prompts and widgets (a whole short block that is one of these is boilerplate) ---
SOCIAL_PROMPT = (
    "connect with us", "follow us", "join us on", "like us on facebook", "find us on", "follow me",
    "on whatsapp", "on telegram", "whatsapp channel", "telegram channel", "join our whatsapp", "join our telegram",
    "via whatsapp", "auf whatsapp", "per whatsapp", "sur whatsapp", "par whatsapp", "por whatsapp", "pelo whatsapp",
    "no whatsapp", "su whatsapp", "tramite whatsapp", "przez whatsapp", "op whatsapp",
    "subscribe to our", "subscribe now", "subscribe for", "sign up for our", "sign up to our", "sign up for the",
    "get our newsletter", "newsletter", "nyhetsbrev", "uutiskirje", "nieuwsbrief", "nyhedsbrev", "infolettre",
    "lettre d'information", "boletín", "e-bülten", "download our app", "download the app",
    "get the app", "our app",
    "click here to", "tap here to", "stay connected", "stay up to date", "stay informed", "share your thoughts",
    # (in other languages: "Blijf op de hoogte", "Bleiben Sie auf dem Laufenden", "Restez informé")
    "blijf op de hoogte", "bleiben sie auf dem laufenden", "bleib auf dem laufenden", "restez informé",
    "restez informés", "mantente informado", "resta aggiornato", "bądź na bieżąco", "fique por dentro",
    # (Turkish: "Bültenimize katılın", join our newsletter; "… ilk siz haberdar olun", be the first to know)
    "bültenimize katılın", "bültenimize abone olun", "bültene abone ol", "haberdar olun",
    "share with friends", "share it with friends", "share it with a friend", "newsletters", "in your inbox",
    "to your inbox", "delivered to your inbox",
    # a newsletter box's promise and its offer ("No spam, we promise. You can unsubscribe at any time …")
    "unsubscribe at any time", "no spam, we promise", "breaking news emails", "breaking news alerts",
    # a blog's or a newsletter's asks under the post ("If you haven't already subscribed, …", "Follow him on …")
    "haven't already subscribed", "haven’t already subscribed", "follow him on", "follow her on",
    "follow them on",
    # the messages of a sign-up form
    "there was an error", "an error has occurred", "please try again", "check the opt-in box", "thanks for signing up",
    "thank you for subscribing",
    # de / fr / es / it / pl
    "folgen sie uns", "folge uns", "abonnieren sie", "jetzt abonnieren", "newsletter abonnieren", "zum newsletter",
    "suivez-nous", "suivez nous", "abonnez-vous", "inscrivez-vous", "síguenos", "suscríbete", "suscribete",
    "seguici", "iscriviti", "obserwuj nas", "zapisz się", "pobierz aplikację", "siga-nos", "nos siga",
    "schrijf je in", "meld je aan voor", "volg ons",
    "do subskrypcji", "submit your letter", "submit a letter",
    "if you enjoyed reading this", "if you enjoyed this post", "if you enjoyed this article",
    "get the latest news", "straight to your inbox", "straight to your phone", "every new post", "get regular updates",
    # a newsletter platform's own lines under each post (Substack)
    "receive new posts", "support my work", "reader-supported publication", "free or paid subscriber",
    "this post is public so feel free to share it",
    # a network's prompt to a reader logged out ("Login to follow profiles or hashtags, …", Mastodon's)
    "login to follow", "log in to follow", "sign in to follow", "sign up to follow",
    # a Q&A site's welcome to that reader ("Welcome to Cooking! Sign up to ask questions and share your own answers.")
    "sign up to ask", "sign up to answer", "sign up to post", "sign up to comment", "sign up to reply",
    "log in to ask", "register to ask", "register to reply",
)
# "Follow Jane Doe on Twitter", "Folgen Sie uns auf Instagram": a follow verb, then a network.
FOLLOW_VERBS = ("follow", "folgen sie", "folge", "suivez", "suivre", "sigue a", "síguenos en", "segui", "obserwuj")
SOCIAL_NETWORKS = ("twitter", "x", "facebook", "instagram", "linkedin", "tiktok", "youtube", "threads", "bluesky",
                   "mastodon", "telegram", "whatsapp", "pinterest", "snapchat")
SEARCH_PROMPT = (
    "what are you looking for", "search for", "search this site", "type to search", "enter keyword", "search …",
    "search...", "start typing", "press enter to search", "search", "suche", "suchen", "rechercher", "recherche",
    "buscar", "búsqueda", "cerca", "szukaj", "wonach suchen sie", "hledat", "vyhledat", "hľadať", "zoeken", "sök",
    "søk", "søg", "haku", "keresés", "caută", "поиск", "пошук",
)
SHARE_WIDGET = (
    "share this", "share on", "share via", "share article", "share story", "share", "tweet", "pin it", "print",
    "share this entry", "share this post", "share this page", "share this story", "share by mail", "vk",
    "click to tweet", "tweet this", "digg", "diggs", "pint",
    # the download button beside them (an image, a quote card), and a help page's copy as a PDF ("Als PDF")
    "download", "baixar", "descargar", "herunterladen", "télécharger", "scarica", "pobierz",
    "as pdf", "als pdf", "en pdf", "in pdf", "jako pdf", "download pdf", "pdf herunterladen",
    "email", "e-mail", "copy link", "link copied", "close share", "send by email", "print this", "print article",
    "click to share on", "click to share", "click to email this to a friend", "click to email", "click to print",
    "opens in new window", "share on facebook", "share on twitter", "share by email", "google+", "tumblr", "stumbleupon",
    "submit to", "more", "x", "shares", "sharing options", "share all sharing options", "sharing is caring",
    "whatsapp", "facebook", "twitter", "linkedin", "reddit", "pinterest", "messenger", "flipboard", "telegram",
    "teilen", "artikel teilen", "drucken", "partager", "imprimer", "compartir", "imprimir", "condividi", "udostępnij",
    "tweeten", "mailen", "podziel się", "drukuj", "wydrukuj", "stampa",
    "share this article", "beitrag teilen", "teilen mit", "diese geschichte teilen", "twittern", "mitteilen",
    "möchten sie den artikel teilen", "seite teilen", "artikel per e-mail teilen", "artikel per email teilen",
    "artikel per whatsapp teilen", "per e-mail teilen", "per email teilen", "per whatsapp teilen",
    "als e-mail senden", "per e-mail senden", "auf pinterest pinnen", "auf facebook teilen",
    # Blogger's row under each post, in its languages
    "email this", "blogthis", "blog this", "share to x", "share to twitter", "share to facebook", "share to pinterest",
    "diesen post per e-mail versenden", "auf x teilen", "in facebook freigeben", "auf pinterest teilen",
    "envoyer par e-mail", "partager sur x", "partager sur facebook", "partager sur pinterest",
    "enviar por correo electrónico", "escribe un blog", "compartir en x", "compartir con facebook",
    "compartir en pinterest", "wyślij pocztą e-mail", "wrzuć na bloga", "udostępnij w usłudze x",
    "udostępnij w usłudze facebook", "udostępnij na pinterest", "invia tramite email", "postalo sul blog",
    "condividi su x", "condividi su facebook", "condividi su pinterest",
    # (Chinese, Japanese, Korean: share, and back to the board's list or to the top, PTT's "返回看板")
    "分享", "分享到", "シェア", "シェアする", "공유하기", "返回看板", "返回列表", "返回首頁", "返回首页", "返回頂部",
    "返回顶部", "回到頂部", "回到顶部", "목록으로",
    # the prompt over the buttons
    "share with friends", "share with your friends", "mit freunden teilen", "partager avec vos amis",
    "compartir con tus amigos", "did you like this article?", "like this article?", "enjoyed this article?",
    "der artikel gefällt dir?", "gefällt ihnen der artikel?", "gefällt ihnen dieser artikel?",
    "artikel gefallen?", "vergiss nicht zu teilen", "don't forget to share",
    # WordPress's buttons in other languages ("Click to share on X (Opens in new window)" above)
    "klick, um auf", "klick, um über", "zu teilen", "wird in neuem fenster geöffnet", "klicken zum ausdrucken",
    "klick, um dies einem freund per e-mail zu senden", "auf skype teilen", "skype", "cliquez pour partager sur",
    "cliquer pour imprimer", "ouvre dans une nouvelle fenêtre", "haz clic para compartir en",
    "haz clic para imprimir", "se abre en una ventana nueva", "open in a new tab", "opens in a new tab",
    "opens in new tab", "öffnet in neuem tab", "öffnet sich in einem neuen tab",
    # an embedded post's link
    "view this post on instagram", "view this post on tiktok", "diesen beitrag auf instagram ansehen",
    # and its like button
    "like this:", "like loading...", "like loading…", "be the first to like this.", "gefällt mir:", "gefällt mir",
    "lade …", "lade...", "liken", "wird geladen", "sei der erste dem dies gefällt.", "sei der erste, dem dies gefällt.",
    "j'aime", "chargement…", "me gusta", "cargando...",
)
COOKIE_PROMPT = (
    "cookie", "cookies", "we use cookies", "this site uses cookies", "this website uses cookies", "accept all",
    "privacy policy", "consent", "your privacy", "manage preferences", "datenschutz", "einwilligung",
    "nous utilisons des cookies", "utilizamos cookies", "usamos cookies", "accetta", "zgoda",
    "hyväksy", "hyväksy kaikki", "godta", "godta alle", "godkänn", "acceptera", "acceptera alla",
    # ("we use cookies" in the other languages: "Vi använder cookies för att ge dig en bättre upplevelse.")
    "vi använder cookies", "vi bruger cookies", "vi bruker cookies", "wij gebruiken cookies", "we gebruiken cookies",
    "wir verwenden cookies", "wir nutzen cookies", "utilizziamo i cookie", "utilizziamo cookie",
    "używamy plików cookie", "používáme cookies", "používame cookies", "folosim cookie-uri",
)
# The standard consent notice's own sentences (the IAB framework's purposes, in the languages it ships in): a long
# banner says them and an article does not
CONSENT_NOTICE = (
    "store and/or access information on a device", "partners store and/or access", "we and our partners process data",
    "use limited data to select advertising", "create profiles for personalised advertising",
    "informationen auf einem gerät speichern", "wir und unsere partner verarbeiten daten",
    "stocker et/ou accéder à des informations", "nous et nos partenaires traitons",
    "almacenar o acceder a información en un dispositivo", "nosotros y nuestros socios tratamos",
    "archiviare e/o accedere a informazioni", "noi e i nostri partner trattiamo",
    "przechowywanie informacji na urządzeniu", "my i nasi partnerzy przetwarzamy",
)
PAYWALL_PROMPT = (
    "subscribers only", "subscriber-only", "for subscribers", "already a subscriber", "log in to continue",
    "sign in to continue", "to continue reading", "continue reading", "register to read", "create a free account",
    "you have reached your", "free articles", "unlock this article", "become a member", "premium content",
    "abonnenten", "weiterlesen mit", "réservé aux abonnés", "déjà abonné", "solo para suscriptores",
    "kostenlos registrieren und weiterlesen", "anmelden und weiterlesen", "schon registriert?",
    # a publisher's box over a paid article ("Access options", "Buy single article")
    "preview of subscription content", "log in to check access", "buy single article",
    "instant access to the full article", "einzelnen artikel kaufen", "subscription will auto renew",
    # a login prompt ("Ingrese o regístrese acá para guardar los artículos")
    "ingrese o regístrese", "inicia sesión o regístrate", "connectez-vous ou inscrivez-vous",
    "melden sie sich an oder registrieren sie sich",
)
AD_MARKER = (
    "advertisement", "advertising", "sponsored", "sponsored content", "paid content", "ad", "ads", "promoted", "advert",
    "sponsor message",
    "story continues below advertisement", "article continues below", "continue reading below",
    "page continues below", "story continues below", "content continues below",
    # "the text goes on after the advertisement", in other languages
    "continua depois da publicidade", "continua após a publicidade", "continúa después de la publicidad",
    "la suite après cette publicité", "weiterlesen nach der anzeige", "artikel wird nach der anzeige fortgesetzt",
    "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "reklama", "publicidade", "iklan", "advertentie",
    # a shop's buttons
    "add to cart", "your cart is empty", "shopping cart", "cart", "in den warenkorb", "ihr warenkorb ist leer",
    "zum shop", "affiliatelink", "affiliate link",
    "warenkorb", "ajouter au panier", "panier", "añadir al carrito", "carrito", "aggiungi al carrello", "koszyk",
    "do košíku", "košík", "nákupní košík", "do košíka", "dodaj do koszyka", "adicionar ao carrinho",
    "agregar al carrito", "agregar al carro", "toevoegen aan winkelwagen", "in winkelwagen", "in de winkelwagen",
    "thêm vào giỏ", "thêm vào giỏ hàng", "mua ngay", "giỏ hàng", "tambah ke keranjang", "masukkan keranjang",
    "beli sekarang", "keranjang",
    # (Lithuanian, Latvian, Estonian: "Į krepšelį", "Pievienot grozam", "Ostukorv"; not Estonian's "Lisa
    # ostukorvi": each phrase's words are boilerplate to the byline rule, and "Lisa" is a first name)
    "į krepšelį", "krepšelis", "pievienot grozam", "ielikt grozā", "grozs", "ostukorv",
    # (buy it now, beside the cart's button: Shopify's "Buy it now" in the shop's language)
    "buy it now", "sofort kaufen", "direkt kaufen", "acheter maintenant", "comprar ahora", "acquista ora",
    "kup teraz", "comprar agora", "nu kopen", "köp nu",
)
# The line under a blog post that files it ("This entry was posted in News and tagged … Bookmark the permalink.")
POST_META = (
    "this entry was posted in", "bookmark the permalink", "dieser eintrag wurde veröffentlicht in",
    "lesezeichen für den permalink", "cet article a été publié dans", "esta entrada fue publicada en",
    "questa voce è stata pubblicata in",
    # "This entry was posted on … and is filed under …", "Erstellt am … und abgelegt unter …"
    "and is filed under", "abgelegt unter",
)
# The "cancel reply" link beside a comment form's heading (WordPress's "Leave a Reply Cancel reply"): the form
# under a post, not one to e-mail its author
REPLY_FORM = (
    "cancel reply", "antwort abbrechen", "annuler la réponse", "cancelar respuesta", "anuluj pisanie odpowiedzi",
    "annulla risposta",
    # the same link where the theme says more ("Click here to cancel reply.")
    "click here to cancel reply", "hier klicken, um das antworten abzubrechen",
    "hier klicken, um die antwort abzubrechen",
    "cliquez ici pour annuler la réponse", "haz clic aquí para cancelar la respuesta",
)
# The heading over a shop's reviews of a product ("Kundenbewertungen", or naming it: "Customer reviews for …")
SHOP_REVIEWS = ("customer reviews", "kundenbewertungen", "produktbewertungen", "avis clients", "avis des clients",
                "opiniones de clientes", "recensioni dei clienti", "opinie klientów", "hodnocení produktu",
                "recenze zákazníků", "hodnotenie produktu", "hodnocení zákazníků",
                # (Greek's: "Αξιολογήσεις πελατών", Plaisio's)
                "αξιολογήσεις πελατών", "κριτικές πελατών",
                # (its ratings with them: "Ratings & Reviews", Flipkart's label over them)
                "ratings & reviews", "ratings and reviews", "reviews & ratings", "customer ratings & reviews",
                "bewertungen & rezensionen", "notes et avis", "valutazioni e recensioni")
COMMENT_WIDGET = (
    "comments", "comment", "leave a comment", "leave a reply", "post a comment", "add a comment", "join the discussion",
    "join the conversation", "show comments", "view comments", "load comments", "be the first to comment",
    "you must be logged in to post a comment", "reply", "replies", "lascia un commento", "responses", "response",
    "view all comments",
    *CJK_COMMENT_WORDS,                             # (Japanese, Chinese, Korean: "コメント(2)" under a post's card)
    # a Q&A page's form for an answer ("Your answer", Microsoft Q&A's, Stack Exchange's)
    "your answer", "post your answer", "deine antwort", "ihre antwort", "votre réponse", "tu respuesta",
    "twoja odpowiedź", "la tua risposta", "uw antwoord", "sua resposta",
    "top rated comments", "comments feed", "feed for comments", "permalink", "rating", "votes", "vote", "kommentare", "kommentar", "kommentieren",
    "commentaires", "commentaire", "réagir", "comentarios", "comentario", "commenti", "komentarze",
    "vos réactions", "comentar este artículo", "write a comment", "rate this article", "valora esta noticia",
    "artikel bewerten",
    # Substack's, under each post
    "discussion about this post", "restacks", "restack",
    # a Q&A site's buttons beside each question and answer (Stack Exchange's)
    "up vote", "down vote", "upvote", "downvote", "accepted", "save this question", "save this answer",
    "show activity on this post", "improve this question", "improve this answer",
    # a discussion site's buttons under each comment (Reddit's: "permalink embed save report reply")
    "embed", "save", "report", "give award",
    # the reply button in other languages
    "antworten", "répondre", "responder", "rispondi", "odpowiedz",
    # (Russian's and Ukrainian's comments, reply, like and link under a post: LiveInternet's "Комментарии (4)
    # Понравилось! Ссылка")
    "комментарии", "комментарий", "коментарі", "коментар", "ответить", "понравилось", "ссылка", "посилання",
    # the question over a German comment form
    "was denkst du", "was meinst du", "was denken sie", "was meinen sie",
    # the heading of a comment form and its "cancel reply" link (WordPress's "Leave a Reply Cancel reply")
    "kommentar verfassen", "kommentar schreiben", "einen kommentar schreiben", "schreibe einen kommentar",
    "kirjoita vastaus", "kirjoita kommentti",       # (Finnish: "write a reply", Suomi24's)
    "yorum", "yorumlar", "yorum yap",               # (Turkish: a card's "3 yorum", the comments' heading)
    "laisser un commentaire",
    "deja un comentario", "dodaj komentarz", *REPLY_FORM,
    # the count over a post nobody answered yet
    "no comments yet", "no comments so far", "no responses yet", "no response so far", "no responses so far",
    "noch keine kommentare", "bisher keine kommentare", "aucun commentaire", "sin comentarios", "brak komentarzy",
    "no comments", "keine kommentare",
    # a manual's notes by its readers under each page (the PHP manual's "User Contributed Notes", "add a note")
    "user contributed notes", "user notes", "user comments", "add a note",
    # Blogger's button under a post ("Post a Comment" in German)
    "kommentar posten", "kommentar veröffentlichen",
    # the heading of a shop's reviews under the product ("Kundenbewertungen")
    *SHOP_REVIEWS, "product reviews",
    # the feedback question under a help article
    "was this article helpful", "was this helpful", "was this page helpful", "did this page help you",
    "did you find what you needed", "did you find this helpful", "did you find this page useful",
    "was this page useful", "please give it a rating",
    "war der artikel nützlich", "was this topic helpful", "war dieses thema hilfreich",
    "war dieser artikel hilfreich", "war dieser beitrag hilfreich", "cet article vous a-t-il été utile",
    "¿te ha resultado útil?", "czy ten artykuł był pomocny",
    # (and of a help page in its language: "¿Le ha resultado útil esta página?", SAP's)
    "¿le ha resultado útil esta página?", "¿te ha resultado útil esta página?", "¿fue útil esta página?",
    "war diese seite hilfreich", "cette page vous a-t-elle été utile", "questa pagina ti è stata utile",
    "czy ta strona była pomocna", "was deze pagina nuttig", "esta página foi útil",
)
# The standard sentences of a comment form (WordPress, Disqus and friends): the comments start here.
COMMENT_FORM = (
    "your email address will not be published", "required fields are marked", "save my name, email, and website",
    "notify me of follow-up comments", "notify me of new posts", "you must be logged in to post a comment",
    "by submitting this form you agree", "this site uses akismet", "deine e-mail-adresse wird nicht veröffentlicht",
    "ihre e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind mit", "votre adresse e-mail ne sera pas publiée",
    "votre adresse de messagerie ne sera pas publiée", "tu dirección de correo electrónico no será publicada",
    "los campos obligatorios están marcados", "il tuo indirizzo email non sarà pubblicato",
    "twój adres e-mail nie zostanie opublikowany", "community guidelines", "moderating all comments",
    "comments are moderated", "comments are subject to", "serão aprovados pelo moderador",
    # a thread's or a post's prompt to a reader who is not signed in (Vanilla's, Drupal's)
    "sign in or register to comment", "log in or register to post comments", "login or register to post comments",
    "melde dich an oder registriere dich, um zu kommentieren", "connectez-vous ou inscrivez-vous pour commenter",
    "sign in to leave a comment", "log in to leave a comment", "um einen kommentar zu hinterlassen",
    "sign in to answer", "log in to answer", "sign in to rate this answer", "please sign in to rate this answer",
    "log in to your account to reply", "bei ihrem konto anmelden, um auf beiträge antworten",     # (Mozilla's)
    "masuk untuk membalas",         # (Indonesian: "Silakan masuk untuk membalas thread ini.", Kaskus's)
    # (to answer: "Devi accedere per rispondere.", EasyDiscuss'; "You must log in to reply.")
    "devi accedere per rispondere", "accedi per rispondere", "you must log in to reply", "log in to reply",
    "sign in to reply", "melde dich an, um zu antworten", "connectez-vous pour répondre",
    "inicia sesión para responder", "zaloguj się, aby odpowiedzieć", "log in om te reageren",
    # (or that the reader must be logged in to: "Je moet ingelogd zijn om te reageren.", Jamroom's)
    # (not German's "Du musst angemeldet sein, um zu antworten.": taken before main_text, under YAF.NET's thread, it
    # left the thread's footer over it to the text, forum-yafnet -0.082 as text)
    "logged in to reply", "ingelogd zijn om te reageren", "connecté pour répondre", "conectado para responder",
    "connesso per rispondere", "zalogowany, aby odpowiedzieć",
    # (a group's discussion's: "You must be logged in to reply to this discussion.", Elgg's)
    "to reply to this discussion", "pour répondre à cette discussion", "um auf diese diskussion zu antworten",
    "para responder a esta discusión", "per rispondere a questa discussione", "aby odpowiedzieć w tej dyskusji",
    "om op deze discussie te reageren", "para responder a esta discussão",
    # (a thread closed to replies: "This conversation has been locked due to inactivity.", Apple's communities)
    "has been locked due to inactivity", "was locked due to inactivity", "this thread has been locked",
    "this topic has been locked", "this conversation has been locked", "this discussion has been locked",
    "a été verrouillée en raison d'inactivité", "cette conversation a été verrouillée", "ce sujet a été verrouillé",
    "wurde wegen inaktivität gesperrt", "aufgrund von inaktivität gesperrt", "dieses thema wurde gesperrt",
    "ha sido bloqueada por inactividad", "se ha bloqueado por inactividad", "è stata bloccata per inattività",
    "została zablokowana z powodu braku aktywności", "is vergrendeld wegens inactiviteit",
    "foi bloqueada devido à inatividade",
    # (Google's communities': "Esta conversa foi bloqueada. Você pode seguir a pergunta …")
    "esta conversa foi bloqueada", "esta conversación se ha bloqueado", "esta conversación está bloqueada",
    "diese unterhaltung wurde gesperrt", "questa conversazione è stata bloccata", "ta rozmowa została zablokowana",
    "dit gesprek is vergrendeld",
    # (or moved to the board's archive, LOR's: "Вы не можете добавлять комментарии в эту тему. Тема перемещена в
    # архив.")
    "this thread has been archived", "this topic has been archived", "this topic was moved to the archive",
    "dieses thema wurde archiviert", "ce sujet a été archivé", "este tema ha sido archivado",
    "вы не можете добавлять комментарии", "тема перемещена в архив", "ви не можете додавати коментарі",
    "pour laisser un commentaire", "para dejar un comentario", "per lasciare un commento", "aby dodać komentarz",
    "om een reactie achter te laten", "para deixar um comentário", "för att lämna en kommentar",
    # (Russian and Ukrainian: "Войдите, чтобы написать ответ", Habr Q&A's; "…, щоб залишити коментар")
    "чтобы написать ответ", "чтобы оставить комментарий", "чтобы написать комментарий", "чтобы ответить",
    "щоб написати відповідь", "щоб залишити коментар", "щоб відповісти",
    # (Chinese: "登入後即可回覆", Bahamut's under a thread; "登录后才能回复")
    "登入後即可回覆", "登入後才能回覆", "登录后即可回复", "登录后才能回复", "登录后即可评论", "登录后才能评论",
    # (the link to log in apart from the words after it: "登录 后才能发表回复。", V2EX's)
    "后才能发表回复", "后即可发表回复", "後才能發表回覆", "後即可發表回覆",
    "才可以回复", "才可以回覆",        # (and "您需要 登录 才可以回复", Xiuno BBS's)
    # (Persian, Arabic, Thai, Korean: "برای ارسال پاسخ ابتدا وارد شوید", Ninisite's;
    # "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น", Pantip's; "댓글을 작성하려면 로그인이 필요합니다", Daum Cafe's)
    "برای ارسال پاسخ ابتدا وارد شوید", "برای ارسال پاسخ وارد شوید", "برای ارسال نظر وارد شوید",
    "يجب تسجيل الدخول للرد", "سجل الدخول للرد", "يجب عليك تسجيل الدخول للرد",
    "עליך להתחבר כדי להגיב", "יש להתחבר כדי להגיב", "התחבר כדי להגיב",       # (Hebrew, Tapuz's)
    "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น", "เข้าสู่ระบบเพื่อแสดงความคิดเห็น",
    "댓글을 작성하려면 로그인이 필요합니다", "로그인 후 댓글을 작성할 수 있습니다",
    # an issue tracker's, under the thread ("Sign up for free to join this conversation on GitHub")
    "to join this conversation", "um an dieser unterhaltung teilzunehmen", "pour rejoindre cette conversation",
    "para unirte a esta conversación", "per partecipare a questa conversazione", "aby dołączyć do tej rozmowy",
    "om deel te nemen aan dit gesprek", "para participar desta conversa",
    # the boxes that ask to hear of further comments
    "notify me on new follow-up comments", "notify me of followup comments", "notify me of new comments",
    "new replies to my comments", "benachrichtige mich über nachfolgende kommentare",
    "benachrichtige mich über neue kommentare", "prévenez-moi de tous les nouveaux commentaires",
    "notificarme los nuevos comentarios", "powiadom mnie o nowych komentarzach",
)
# The buttons of a photo gallery or lightbox
GALLERY_WIDGET = (
    "caption", "hide caption", "show caption", "toggle caption", "close", "back to gallery", "view gallery",
    "image", "video", "photo",     # a photo's or a player's label alone on its line
    "open gallery", "gallery", "slideshow", "view slideshow", "enlarge", "enlarge this image", "expand", "full screen",
    "fullscreen", "zoom", "previous image", "next image", "bildergalerie", "zur galerie", "galerie", "vergrößern",
    "agrandir", "galería", "ampliar", "galleria", "ingrandisci", "galeria", "powiększ",
    "bild anzeigen", "bild schließen",
)
TAG_LABEL = (
    "tags", "tag", "tagged", "tagged with", "topics", "in this article", "filed under", "categories", "category",
    "related topics", "keywords", "themen", "schlagwörter", "schlagworte", "stichwörter", "stichworte",
    "themen in diesem artikel",
    "markiert mit", "verschlagwortet mit", "getaggt mit", "mehr lesen über", "read more about",
    "labels",       # Blogger's tags ("Labels: genres, through the booking glass")
    "étiquettes", "mots-clés", "mots clés",
    # (and "Categories" in other languages: WordPress's label over a post's, "Categorieën", for screen readers)
    "kategorien", "catégories", "categorías", "categorie", "categorieën", "kategorier", "kategoriat", "kategorie",
    "kategori",         # (the singular in Norwegian, Swedish, Danish, Turkish, Indonesian: "Kategori: Alle Konsert")
    "categorii", "kategoriler", "категории", "категорії", "categorias", "рубрики", "рубрика",
    "etiquetas", "temas", "tópicos", "argomenti", "tagi", "метки", "теги", "мітки", "etichete", "etiketler",
    "avainsanat", "stikord", "nøkkelord", "štítky",
    "címkék", "címke", "kategóriák", "kategória", "kulcsszavak", "oznake", "značke", "етикети",   # (Hungarian, South
    "nhãn", "thẻ", "แท็ก", "หมวดหมู่",                                     # Slavic, Bulgarian; Vietnamese, Thai)
    "カテゴリ", "カテゴリー", "タグ", "分类", "分類", "标签", "標籤", "카테고리", "태그",
    # a list's filter by its tags ("Filtrar por etiqueta: #hábitos #huerto", Bear Blog's)
    "filter by tag", "filtrar por etiqueta", "filtrer par étiquette", "filtrer par tag", "nach schlagwort filtern",
    "filtra per tag", "filtruj według tagu",
)
RELATED_HEADING = (
    "more on", "more from", "more in", "more stories", "more news", "more articles", "related", "related articles",
    "related stories", "related posts", "related news", "related content", "related coverage", "read more",
    "read next", "read also", "also read", "recommended", "recommended for you", "you may also like",
    "you might also like", "you may be interested in", "most popular", "most read", "most viewed", "trending",
    "trending now", "popular", "latest", "latest news", "latest stories", "top stories", "don't miss", "editor's picks",
    "what to read next", "around the web", "from the web", "story timeline", "more like this", "see also",
    "explore further", "verwandte themen", "verwandte themenbereiche",
    "mehr zum thema", "das könnte sie auch interessieren", "lesen sie auch", "lesen sie mehr", "weitere artikel",
    "meistgelesen",
    "weitere inhalte", "weitere beiträge", "weitere nachrichten", "weitere meldungen",
    "auch interessant", "à lire aussi", "lire aussi", "sur le même sujet", "articles similaires", "les plus lus",
    "noticias relacionadas", "te puede interesar", "lee también", "más noticias", "lo más leído",
    "leggi anche", "potrebbe interessarti", "czytaj także", "czytaj też", "zobacz także", "polecane",
    "você pode gostar", "você também pode gostar", "leia também", "veja também", "leia mais", "mais lidas",
    "notícias relacionadas", "artigos relacionados", "posts relacionados", "lees ook", "meer nieuws", "gerelateerd",
    "das könnte dich auch interessieren", "das könnte ihnen auch gefallen", "das könnte dir auch gefallen",
    "weiterführende links", "empfehlungen aus der redaktion", "ähnliche beiträge", "ähnliche artikel",
    "verwandte artikel", "passend zum thema", "vous aimerez aussi", "à lire également", "à voir aussi",
    "mirá también", "ver también", "también te puede interesar", "lo más visto", "ti potrebbe interessare",
    "potrebbe piacerti anche", "ti potrebbe piacere", "potrebbero piacerti", "ti potrebbero piacere",
    "articoli correlati", "polecamy", "zobacz również", "czytaj również", "przeczytaj także", "przeczytaj też",
    "najczęściej czytane", "powiązane artykuły",
    "neueste artikel", "top themen der redaktion", "weiterlesen", "meistgesucht", "meist gesucht", "mehr interessantes",
    # (the Nordic languages': "Lue myös", "Luetuimmat keskustelut", Suomi24's; "Läs också", "Mest lästa")
    "lue myös", "luetuimmat", "luetuimmat keskustelut", "suosituimmat", "aiheeseen liittyvät", "läs också",
    "mest lästa", "les også", "mest leste", "læs også", "mest læste",
    "downloadbereich", "post navigation", "recent posts", "latest posts", "popular posts", "similar posts",
    "related products",
    # a shop's lists of other products under one ("Ähnliche Produkte", "Kunden kauften auch"; osCommerce's and
    # Volusion's "Customers who bought this product also purchased")
    "similar products", "similar items", "similar items you might like", "related items", "you might like",
    "you may like", "customers also considered", "customers also bought", "customers also viewed",
    "ähnliche produkte", "passende produkte",
    "customers who bought this product also purchased", "customers who bought this product also bought",
    "kunden kauften auch", "produits similaires", "produits associés", "productos similares", "productos relacionados",
    "prodotti simili", "prodotti correlati", "podobne produkty", "produkty powiązane", "produtos relacionados",
    "produtos similares", "gerelateerde producten", "vergelijkbare producten", "misschien ook leuk",
    "dit vind je misschien ook leuk", "anderen bekeken ook", "vaak samen gekocht", "klanten kochten ook",
    # (Chinese: "看過此商品的人也看了", people who viewed it viewed these too; "猜你喜歡", "相關商品")
    "看過此商品的人也看了", "看过此商品的人也看了", "猜你喜歡", "猜你喜欢", "相關商品", "相关商品", "推薦商品", "推荐商品",
    # (Portuguese: "Quem viu este produto também viu", "Quem comprou também comprou", "Você também pode gostar")
    "quem viu este produto também viu", "quem viu também viu", "quem comprou também comprou",
    "quem comprou este produto também comprou", "você também pode gostar", "você pode gostar também",
    # (Greek: "Customers also viewed", "Similar products", "You may also like")
    "οι πελάτες είδαν επίσης", "οι πελάτες αγόρασαν επίσης", "παρόμοια προϊόντα", "σχετικά προϊόντα",
    "μπορεί επίσης να σας αρέσει", "μπορεί να σου αρέσει επίσης",
    # the products the reader looked at before ("Recently viewed", "Vistos recientemente")
    "recently viewed", "recently viewed products", "recently viewed items", "your recently viewed items",
    "zuletzt angesehen", "zuletzt angesehene produkte", "zuletzt angesehene artikel", "vus récemment",
    "récemment consultés", "produits récemment consultés", "vistos recientemente", "productos vistos recientemente",
    "visti di recente", "prodotti visti di recente", "visti recentemente", "ostatnio oglądane",
    "ostatnio oglądane produkty", "recent bekeken", "onlangs bekeken", "vistos recentemente",
    "produtos vistos recentemente", "naposledy prohlížené", "naposledy zobrazené", "your browsing history",
    "browsing history", "вы смотрели", "ви переглядали", "недавно просмотренные", "нещодавно переглянуті",
    # (Lithuanian, Latvian, Estonian: recently viewed, similar products, others also bought)
    "neseniai žiūrėtos prekės", "neseniai peržiūrėtos prekės", "panašios prekės", "kiti pirkėjai taip pat pirko",
    "nesen skatītās preces", "līdzīgas preces", "viimati vaadatud tooted", "sarnased tooted",
    # a Q&A site's lists of other questions beside a thread (Stack Exchange's; Question2Answer's, in its languages)
    "related questions", "linked questions", "hot network questions", "questions similaires", "questions en rapport",
    "ähnliche fragen", "preguntas relacionadas", "domande correlate", "podobne pytania", "gerelateerde vragen",
    "perguntas relacionadas", "similar questions", "similar answers", "see similar answers",
    "pertanyaan terkait", "pertanyaan serupa",      # (Indonesian's, AnsPress's)
    "zobacz podobne odpowiedzi", "podobne odpowiedzi", "ähnliche antworten", "réponses similaires",
    "respuestas similares",
    # (and Chinese's and Japanese's: "相关问题", Baidu Zhidao's; "为你推荐", recommended for you)
    "相关问题", "相關問題", "类似问题", "類似問題", "为你推荐", "為你推薦", "関連する質問", "似た質問",
    # a board's list of other threads under one
    "similar threads", "related threads", "similar topics", "related topics", "ähnliche themen", "ähnliche threads",
    "sujets similaires", "discussions similaires", "temas similares", "discussioni simili", "podobne tematy",
    "podobne wątki", "vergelijkbare onderwerpen", "more like this", "similar discussions", "related discussions",
    # (Korean: "이 게시판의 다른 글", the board's other posts, Daum Cafe's; "관련 게시글")
    "이 게시판의 다른 글", "이 카페의 다른 글", "관련 게시글", "관련 글",
    # Swedish
    "relaterade inlägg", "relaterade artiklar", "läs också", "läs även", "mest lästa", "senaste nytt",
    "liknande inlägg", "du kanske också gillar",
    # Czech and Slovak
    "související produkty", "podobné produkty", "související články", "mohlo by vás zajímat", "čtěte také",
    "nejčtenější", "súvisiace produkty", "podobné produkty", "súvisiace články", "čítajte aj",
    "related reading", "explore more", "you may also enjoy", "you might also enjoy", "suggested", "suggested for you",
    "keep reading", "zum weiterlesen", "lesen sie auch die folgenden", "à découvrir aussi", "te recomendamos", "neueste beiträge",
    "articles récents",
    # "latest …" in the other languages
    "aktuelle artikel", "aktuelle beiträge", "aktuelle nachrichten", "aktuelle meldungen", "neueste nachrichten",
    "neueste meldungen", "derniers articles", "dernières actualités", "últimas noticias", "últimos artículos",
    "ultime notizie", "ultimi articoli", "najnowsze artykuły", "najnowsze wpisy", "najnowsze wiadomości",
    "entradas recientes", "artículos relacionados", "ostatnie wpisy", "verwandte beiträge", "letzte artikel",
    "letzte beiträge", "entradas relacionadas", "publicaciones relacionadas", "articles liés", "podobne wpisy",
    "читайте также", "похожие статьи", "по теме", "другие новости", "самые популярные", "популярное",
    "ilgili haberler", "benzer haberler", "相关文章", "相关阅读", "相关新闻", "相关推荐", "推荐阅读", "延伸阅读", "热门文章",
    "热门推荐",
    "相關文章", "相關新聞", "延伸閱讀", "熱門文章", "関連記事", "関連ニュース", "おすすめ記事", "人気記事", "新着記事",
    "最新記事", "あわせて読みたい", "관련 기사", "관련기사", "많이 본 뉴스", "많이 본 기사", "추천 기사", "인기 기사",
    # (Arabic, Persian, Hebrew, Thai: "مقالات ذات صلة", "تاپیک های مشابه", "דיונים קשורים", "กระทู้ที่คุณอาจสนใจ")
    "مقالات ذات صلة", "مواضيع ذات صلة", "مواضيع مشابهة", "اقرأ أيضا", "اقرأ أيضاً", "مطالب مرتبط", "مطالب مشابه",
    "تاپیک های مشابه", "بیشتر بخوانید", "כתבות קשורות", "דיונים קשורים", "אולי יעניין אותך", "עוד בנושא",
    "กระทู้ที่คุณอาจสนใจ", "บทความที่เกี่ยวข้อง",
)
# The labels that send the reader to another page: read, see, related ("Recommended:" names a pick as often:
# a tool, a newsletter, the post's own title); asked after the marks before them ("📖 Read more:", "» Lesen")
READ_LABEL = re.compile(r"read|also read|les|lire|à lire|lee|leg|czyt|przeczyt|leia|lees|relat|relac|correlat|powiąz|"
                        r"verwandt|see |zobacz|veja|ver |mirá|voir|à voir|weiter", re.I)
LEADING_MARKS = re.compile(r"[\W_]*")


def sends_elsewhere(text: str) -> bool:
    """The text opens, after its marks, with a label of READ_LABEL's ("📖 Read more", "» Lesen Sie auch")."""
    return READ_LABEL.match(text, LEADING_MARKS.match(text).end()) is not None


def read_more_label(text: str) -> bool:
    """A label of another story alone on its line, its title on the next ("📖 Read more:", "Lesen Sie auch:")."""
    t = text.rstrip()
    return t.endswith(":") and sends_elsewhere(t) and pattern("related_heading", whole=True).match(t) is not None


# A shop's promises beside its products, in every shop's words: shipping, returns, payment ("Free shipping on
# orders over $50", "Livraison offerte dès 60 €", "Retours sous 30 jours", "Envío gratis en pedidos superiores a …")
SHOP_PROMISE = (
    "free shipping", "free delivery", "free returns", "free standard shipping", "30-day returns", "30 day returns",
    # (a price matched: "Price match promise", Gear4music's)
    "price match promise", "price match guarantee", "price promise",
    "free standard delivery", "free next day delivery", "free next-day delivery", "free uk delivery",
    "送料無料", "包邮", "免运费", "무료배송", "무료 배송",       # (free shipping: Japanese, Chinese, Korean)
    "免運", "免运", "24h到貨", "24小時到貨", "超商取貨", "超商取货",    # (Taiwan's: free, next-day, at the store)
    "easy returns", "secure payment", "secure checkout", "money-back guarantee", "money back guarantee",
    # (a marketplace's cover for the buyer: "Buyer Protection", Wallapop's "Compra protegida")
    "buyer protection", "käuferschutz", "protection acheteurs", "protection des achats", "compra protegida",
    "protezione acquisti", "ochrona kupujących", "kopersbescherming", "proteção ao comprador", "köparskydd",
    # (the offer's terms: "Alleen verkrijgbaar in de winkel, zolang de voorraad strekt.", Action's)
    "alleen verkrijgbaar in de winkel", "alleen in de winkel", "zolang de voorraad strekt", "while stocks last",
    "solange der vorrat reicht", "dans la limite des stocks disponibles", "hasta agotar existencias",
    "fino ad esaurimento scorte",
    "kostenloser versand", "versandkostenfrei", "gratis versand", "kostenlose lieferung", "kostenfreie lieferung",
    "kostenlose rücksendung", "kostenloser rückversand", "30 tage rückgaberecht", "sichere zahlung",
    "livraison offerte", "livraison gratuite", "retours gratuits",
    "retour gratuit", "retours sous", "paiement sécurisé", "satisfait ou remboursé", "envío gratis",
    "envío gratuito", "envíos gratis", "devolución gratuita", "devoluciones gratis", "devolución en", "pago seguro",
    "spedizione gratuita", "spedizioni gratuite", "consegna gratuita", "consegna standard gratuita",
    "livraison standard gratuite", "envío estándar gratuito", "kostenlose standardlieferung",
    "reso gratuito", "resi gratuiti", "pagamento sicuro",
    "darmowa dostawa", "darmowa wysyłka", "darmowy zwrot", "bezpieczne płatności", "frete grátis", "envio grátis",
    "devolução grátis", "pagamento seguro", "gratis verzending", "gratis verzonden", "gratis retourneren",
    "veilig betalen", "doprava zdarma", "vrácení zdarma", "vrácení do", "vrácení zboží do", "vrátenie do",
    # (the shipping calculator's label: "Calcular frete e prazo", "Calculate shipping")
    "calcular frete", "calcule o frete", "calcular envío", "calculate shipping", "versandkosten berechnen",
    "returns within", "rücksendung innerhalb", "retourneren binnen", "zwrot do", "fri frakt", "gratis frakt",
    "fri fragt", "gratis fragt",
    "fri retur", "öppet köp",       # (Swedish shops' open purchase, their returns: "Öppet köp i 90 dagar")
    "ücretsiz kargo", "ücretsiz iade", "güvenli ödeme", "ilmainen toimitus", "ilmainen palautus",
    "hassle-free returns", "easy returns",
    "maksuton toimitus", "ingyenes szállítás", "ingyenes kiszállítás",
    # (Romanian, and its neighbours': "Livrare gratuita", "Ridicare din magazin", "Безплатна доставка")
    "livrare gratuita", "livrare gratuită", "ridicare din magazin", "ridicare personala", "ridicare personală",
    "retur gratuit", "plata securizata", "plată securizată", "безплатна доставка", "besplatna dostava",
    "brezplačna dostava", "doprava zadarmo",
    # (Lithuanian, Latvian, Estonian: "Pristatymas į namus nuo 2,99 €", "Atsiimti parduotuvėje nemokamai")
    "nemokamas pristatymas", "pristatymas į namus", "atsiimti parduotuvėje", "atsiėmimas parduotuvėje",
    "bezmaksas piegāde", "piegāde mājās", "saņemšana veikalā", "tasuta tarne", "tasuta kohaletoimetamine",
    "kauplusest järele",
    "morgen in huis", "vandaag in huis", "morgen gratis bezorgd", "morgen geliefert", "yarın kapında",
    "bugün kargoda",
    "شحن مجاني", "توصيل مجاني",
    # (Persian: free, today's, express shipping, and when it ships, "ارسال از ۲ روز کاری دیگر", Digikala's)
    "ارسال رایگان", "ارسال امروز", "ارسال فوری", "ارسال سریع", "ارسال از",
    "demain chez vous", "kauf auf rechnung", "bequem auf rechnung", "paiement en plusieurs fois",
    "betaal achteraf", "achteraf betalen", "pay later with", "später bezahlen mit",     # (paying later: "… met Klarna")
    "or spread the cost", "spread the cost", "buy now, pay later", "buy now pay later",    # (a shop's credit: "Or
    #                                                   spread the cost with Very Pay. Representative 39.9% APR")
    # (Indonesian: free shipping, where it ships from, when it comes, instalments: "Gratis ongkir", "Dikirim dari
    # Jakarta Barat", "Estimasi tiba besok", "Cicilan 0% mulai Rp112.417/bulan")
    "gratis ongkir", "bebas ongkir", "dikirim dari", "estimasi tiba", "cicilan 0%",
    "pagamenti sicuri", "secure payments", "sichere zahlungen", "paiements sécurisés", "pagos seguros",
    "pagamentos seguros", "veilige betalingen", "bezpieczne płatności",
    # how soon it leaves ("Ships within 24 hours", "Expédié sous 48 h", "Versand innerhalb von 24 Stunden")
    "ships within", "dispatched within", "shipped within", "versand innerhalb", "lieferung innerhalb",
    "expédié sous", "expédition sous", "envío en 24", "envío en 48", "enviado en 24", "enviado en 48",
    "spedito entro", "spedizione entro", "wysyłka w ciągu", "wysyłka w 24", "wysyłka w 48",
    "wysyłka w 72", "wysyłka w 24h", "wysyłka w 48h", "versand in 24h", "envío en 24h", "envío en 48h", "verzonden binnen", "enviado em 24",
    "envio em 24", "odesíláme do",
    # (and when it comes: "Doručení do 2 pracovních dnů", "Doručenie do 48 hodín")
    "doručení do", "doručenie do", "dodání do", "dodanie do",
    # who sells it and sends it ("Vendu et expédié par Cdiscount", "Ships from and sold by Amazon")
    "sold and shipped by", "ships from and sold by", "sold by", "ships from", "versand aus", "expédié depuis",
    "enviado desde", "spedito da", "vendu et expédié par", "vendu par",
    "verkauf und versand durch", "verkauft von", "vendido y enviado por", "vendido por", "venduto e spedito da",
    "venduto da", "sprzedaje i wysyła", "verkocht en verzonden door", "verkocht door",
    # (or its label before the seller's name: "Satıcı: Karaca 9,4", "Seller: …")
    "seller:", "verkäufer:", "vendeur :", "vendeur:", "vendedor:", "venditore:", "sprzedawca:", "verkoper:",
    "satıcı:", "pārdevējs:", "pardavėjas:", "müüja:",     # (and the Baltic languages', 220.lv's "Pārdevējs:")
    # paying in instalments ("Payez en 4x par carte bancaire : 4 x 8,75 €", "Pay in 4 interest-free payments")
    "payez en 3x", "payez en 4x", "paiement en 3x", "paiement en 4x", "pay in 3", "pay in 4", "paga en 3 plazos",
    "paga en 4 plazos", "paga in 3 rate", "bezahle in 3 raten", "in 3 raten", "płać w 3 ratach",
    "mismo precio en",      # ("Mismo precio en 3 meses de $249.67", Mercado Libre's)
    # collecting it ("Retrait en magasin et en point relais disponible", "Click & Collect")
    "retrait en magasin", "retrait gratuit", "click & collect", "click and collect", "abholung im markt",
    "free collection", "collect in store", "collect from store",     # ("Free collection from your local store")
    "abholung im store", "im store abholen",
    # delivering it home, its cost or its day after ("Livraison à domicile Gratuit - dès demain")
    "livraison à domicile", "home delivery", "lieferung nach hause", "entrega a domicilio", "consegna a domicilio",
    "dostawa do domu", "entrega em domicílio", "thuisbezorging",
    "pick up at", "pick up in store", "free pickup", "ready within", "same day delivery", "order pickup",
    # a sale on several ("Buy 2, get 1 free", "2 für 1")
    "buy 1, get 1", "buy 2, get 1", "buy one, get one", "buy one get one", "bogo",
    "abholung in der filiale", "recogida en tienda", "ritiro in negozio", "odbiór osobisty", "afhalen in de winkel",
    "available for pickup", "available for collection",
    # (an order by phone: "Call to order 0800 …", Điện Máy Xanh's "Gọi đặt mua 1800.1061 (7:30 - 22:00)")
    "call to order", "gọi đặt mua",
    # (Portuguese: free delivery home, collecting it in a store, Worten's)
    "entrega grátis", "entrega gratuita", "recolha em loja", "levantamento em loja",
    # (Greek: free shipping, available for pickup, Public's; Ukrainian and Russian: free delivery)
    "δωρεάν αποστολή", "δωρεάν μεταφορικά", "διαθέσιμο για παραλαβή", "παραλαβή από το κατάστημα",
    "безкоштовна доставка", "бесплатная доставка",
)
# A card's button that opens a quick look at its product, beside its buy button ("Add to cart Quick view", "Thêm vào
# giỏ Xem nhanh"), or as a badge laid over its picture (lexical's SHOP_BADGE)
QUICK_VIEW = ("quick view", "quick look", "schnellansicht", "aperçu rapide", "vista rápida", "vista rapida",
              "anteprima", "szybki podgląd", "snel bekijken", "xem nhanh", "lihat cepat")
# A shop's card's buttons beside the page's own ("View", "Details" under each card's name: AbanteCart's "View Add
# to compare"), read as such on a card only: alone on a line elsewhere they are a field's words, a section's heading
CARD_BUTTON = ("view", "details", "view details", "view product", "more details", "ansehen", "details ansehen",
               "voir", "voir le produit", "ver", "ver producto", "vedi", "zobacz", "bekijk", "xem chi tiết",
               "lihat detail", *QUICK_VIEW)
# The note under a shop's price on its tax and shipping ("* inkl. ges. MwSt. zzgl. Versandkosten", "Tax included",
# "TTC", "IVA incluido")
PRICE_NOTE = (
    "inkl. mwst", "inkl. ges. mwst", "inkl. gesetzl. mwst", "zzgl. versandkosten", "zzgl. versand", "incl. vat",
    "zzgl. lieferung", "zzgl. lieferkosten", "zzgl. liefer- und versandkosten",
    "including vat", "excl. vat", "excluding vat", "tax included", "taxes included", "plus shipping",
    "inclusive of vat", "inclusive of all taxes", "exclusive of vat",
    "shipping calculated at checkout", "ttc", "tva incluse", "hors taxes", "iva incluido", "iva incluida",
    "iva inclusa", "iva incluída", "cena zawiera vat", "zawiera vat", "incl. btw", "inclusief btw", "vč. dph",
    "včetně dph", "sis. alv", "sisältää alv", "inkl. moms", "inkl. mva", "sis. km", "įsk. pvm", "ar pvn",
    "you save", "sie sparen", "du sparst", "vous économisez", "ahorras", "risparmi", "oszczędzasz",
    "u bespaart", "je bespaart", "economisesti", "economisești", "ušetříte", "ušetríte", "megtakarítás",
    "economize", "você economiza", "κερδίζεις", "κερδίζετε", "εξοικονομείτε", "экономия", "вы экономите",
    "sutaupote", "sutaupysite", "ietaupi", "ietaupiet", "säästad", "säästät", "du sparar", "du sparer",
    "dont éco-participation", "dont écoparticipation", "éco-participation incluse",
    # the same in a shop's own words, tax and shipping at the checkout ("Imposte incluse. Spedizione calcolata al
    # check-out.", Shopify's and Shoplazza's in each language)
    "imposte incluse", "tasse incluse", "spedizione calcolata al check-out", "spedizione calcolata al checkout",
    "steuern inklusive", "versand wird an der kasse berechnet", "taxes incluses", "frais d'expédition calculés lors "
    "du paiement", "impuestos incluidos", "envío calculado al finalizar la compra", "podatek wliczony",
    "koszt wysyłki zostanie obliczony przy kasie", "inclusief belastingen", "verzendkosten worden berekend bij de "
    "checkout", "impostos incluídos", "frete calculado no checkout", "taxes included", "shipping calculated at "
    "checkout",
)
# The label over a recipe's ingredients
INGREDIENTS = ("ingredients", "zutaten", "ingrédients", "ingredientes", "ingredienti", "składniki", "ingrediënten")
# The label over a recipe's method, its steps under it
METHOD = ("method", "instructions", "directions", "preparation", "zubereitung", "anleitung", "préparation",
          "preparación", "elaboración", "preparazione", "procedimento", "przygotowanie", "sposób przygotowania",
          "bereiding", "bereidingswijze")
# The fields of a recipe's head, over its ingredients ("Zubereitungszeit: 25 Minuten", "Servings: 4")
RECIPE_FIELDS = (
    "prep time", "preparation time", "cook time", "cooking time", "total time", "servings", "serves", "yield",
    "makes", "zubereitungszeit", "arbeitszeit", "backzeit", "kochzeit", "gesamtzeit", "portionen", "ergibt",
    "für", "temps de préparation", "temps de cuisson", "portions", "tiempo de preparación", "tiempo de cocción",
    "raciones", "porciones", "tempo di preparazione", "tempo di cottura", "porzioni", "czas przygotowania",
    "porcje",
)
# The heading of the author's box under a story ("About the author", then the name and a bio)
AUTHOR_BOX = (
    "about the author", "about the authors", "about the writer", "meet the author", "über den autor",
    "über die autorin", "über die autoren", "zum autor", "zur autorin", "à propos de l'auteur",
    "à propos de l'autrice", "sobre el autor", "sobre la autora", "sull'autore", "o autorze", "sobre o autor",
    "over de auteur",
)
# "By Jane Doe", "Von Anna Müller", "Written by Jane Doe": the words that open a byline line (and alone on a
# line, with or without a colon, the label of the name on the next one)
# (the plural ones and "contributor:" are a site's menu items too, "CONTRIBUTORS": alone on a line they label a
# name only with their colon)
COLON_LABELS = ("authors:", "contributor:", "contributors:", "autoren:", "auteurs:", "autores:")
BYLINE_LABEL = ("by", "von", "par", "por", "di", "door", "text:", "author:", "autor:", "written by", "posted by",
                "story by", "recipe by", "article by", "words by", "a post by", "guest post by", "a guest post by",
                "guest author", "guide by", "review by", "gastbeitrag von", "ein gastbeitrag von",
                *COLON_LABELS, "auteur:", "autora:",
                "autorin:", "autor*in:", "geschrieben von", "verfasst von", "veröffentlicht von", "eingestellt von",
                "artikel von", "ein artikel von", "beitrag von", "ein beitrag von", "erstellt von", "text von",
                "écrit par", "publié par", "escrito por", "publicado por", "scritto da", "pubblicato da",
                "thread starter", "themenstarter",       # a forum thread's author
                "текст:", "автор:",                       # (Russian's, Ukrainian's: "Текст: Лида Буслаева")
                "yazan:", "yazar:",                       # (Turkish: "Yazan: Selin Aydın 24 Kasım 2024")
                # (Chinese, Japanese, Korean: Typecho's "作者: 阿远")
                "作者:", "作者：", "著者:", "著者：", "投稿者:", "投稿者：", "작성자:", "글쓴이:")
# What stands before the name in a page's author element ("By", "Written by", "Eingestellt von", "Publié par")
AUTHOR_MARKUP_PREFIX = re.compile(
    r"^(?:(?:written |words |text |reviewed |posted |eingestellt |veröffentlicht |geschrieben |verfasst |publié |écrit |"
    r"publicado |escrito )?(?:by|von|par|por|di|door|przez|autor|author|auteur)|(?:scritto|pubblicato) da)\s*:?\s", re.I)
# Lower-case words inside a name or a list of names ("Ursula von der Leyen", "Jane Doe and John Roe")
NAME_PARTICLES = frozenset("de da di du del der den van von la le bin al y e and und et".split())
# A date field that says when the page last changed, not when it was published
UPDATED_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|reviewed|edited|aktualisiert|geändert|mis à jour|modifié|"
                           r"actualizado|modificado|aggiornato|modificato|zaktualizowano|bijgewerkt|"
                           # ("Last updated" in the other languages: "Última actualización", "Zuletzt aktualisiert")
                           r"última actualización|última atualização|zuletzt aktualisiert|dernière mise à jour|"
                           r"ultimo aggiornamento|ostatnia aktualizacja|laatst bijgewerkt)\b", re.I)
PUBLISHED_LABEL = (
    "published", "updated", "posted", "last updated", "first published", "published on", "posted on", "updated on",
    "veröffentlicht", "aktualisiert", "stand", "publié", "mis à jour", "publicado", "actualizado", "pubblicato",
    "aggiornato", "opublikowano", "created", "created on", "erstellt", "erstellt am", "released", "released on",
    # a board's post header ("Posté(e) 2 octobre 2023", Invision Community's)
    "posté", "postée", "posté(e)", "publié(e)",
    # (phpBB's and JForum's "Sent:" in Italian, "Inviato: 02/03/2026 21:14", in German "Verfasst: …")
    "inviato", "inviato il", "verfasst", "verfasst am", "geschrieben", "geschrieben am", "envoyé", "enviado",
    # (in Polish, "Wysłany: 14 sie 2024, 19:42", "Dodano: …"; in Dutch, "Geplaatst: …")
    "wysłany", "wysłano", "dodano", "geplaatst", "geplaatst op",
    "última actualización", "última atualização", "zuletzt aktualisiert", "dernière mise à jour",
    "ultimo aggiornamento", "ostatnia aktualizacja", "laatst bijgewerkt",
)
CAPTION_LABEL = (
    "photo", "photos", "image", "images", "picture", "credit", "credits", "source", "file photo", "photograph",
    "illustration", "video", "foto", "fotos", "bild", "quelle", "crédit", "crédits", "fotografía", "imagen", "zdjęcie",
    "titelbild", "titelfoto", "symbolbild", "źródło", "fuente", "kuva", "abb.", "abbildung",
)
CREDIT_AGENCY = (
    "getty images", "afp", "reuters", "ap photo", "associated press", "shutterstock", "istock", "alamy", "epa",
    "dpa", "picture alliance", "imago", "pa images", "pa wire", "bloomberg", "xinhua", "anadolu", "sipa",
)
COPYRIGHT = (
    "all rights reserved", "copyright", "©", "(c)", "terms of use", "terms of service", "privacy policy",
    "contact us", "about us", "advertise with us", "alle rechte vorbehalten", "impressum", "mentions légales",
    "tous droits réservés", "todos los derechos reservados", "aviso legal", "wszelkie prawa zastrzeżone",
    # (the policy's link in the site's language: "Política de privacidade")
    "política de privacidade", "política de privacidad", "politique de confidentialité", "datenschutzerklärung",
    "informativa sulla privacy", "polityka prywatności", "privacybeleid", "integritetspolicy",
)
# The sentences of a site's small print: legal notices, browser warnings
LEGAL_NOTICE = (
    "may not be reproduced", "constitutes acceptance of our", "subject to copyright", "community rules apply",
    "keine haftung für die inhalte", "trotz sorgfältiger inhaltlicher kontrolle", "haftungsausschluss",
    "for your personal, non-commercial use", "update to a modern browser", "update your browser",
    "upgrade your browser", "browser is not supported", "javascript is disabled", "enable javascript",
    # (a forum's notices, in its reader's language: "JavaScript ist deaktiviert. …", "Du verwendest einen veralteten
    # Browser. …")
    "javascript ist deaktiviert", "javascript est désactivé", "javascript está desactivado",
    "javascript jest wyłączony", "javascript è disabilitato", "you are using an out of date browser",
    "du verwendest einen veralteten browser", "sie verwenden einen veralteten browser",
    "vous utilisez un navigateur obsolète", "or use an alternative browser",
    "oder einen alternativen browser verwenden",
    "all rights reserved", "darf nicht vervielfältigt", "reproduction interdite", "prohibida su reproducción",
    # (Arabic's and Persian's: "جميع الحقوق محفوظة", "تمامی حقوق این وب‌سایت …", its yeh Arabic's or Persian's)
    "جميع الحقوق محفوظة", "تمامی حقوق این", "تمامی حقوق اين", "کلیه حقوق این", "کلیه حقوق اين",
    # (the site's own content said to be under copyright, no "©": "Der Inhalt dieser Seite ist urheberrechtlich
    # geschützt und Eigentum von …"; not a story's "the book is protected by copyright")
    "dieser seite ist urheberrechtlich geschützt", "dieser seite sind urheberrechtlich geschützt",
    "dieser website ist urheberrechtlich geschützt", "dieser website sind urheberrechtlich geschützt",
    "dieser webseite ist urheberrechtlich geschützt", "dieser webseite sind urheberrechtlich geschützt",
    "this site is protected by copyright", "this website is protected by copyright",
    "this site are protected by copyright", "this website are protected by copyright",
    "de ce site est protégé par le droit d'auteur", "de ce site sont protégés par le droit d'auteur",
    "de este sitio está protegido por derechos de autor", "de este sitio web está protegido por derechos de autor",
    # the licence the site publishes its texts under, said under each ("Dieser Text wurde veröffentlicht unter der
    # Lizenz CC-BY-NC-ND-4.0-DE")
    "licensed under a creative commons", "licensed under the creative commons", "published under a creative commons",
    "veröffentlicht unter der lizenz", "steht unter der lizenz", "steht unter einer creative commons",
    "unter einer creative-commons-lizenz", "sous licence creative commons", "bajo una licencia creative commons",
    "na licencji creative commons",
    # (or the CC0 waiver a specification's or a dataset's head says: "To the extent possible under law, the editors
    # have waived all copyright and related or neighboring rights to this work.")
    "waived all copyright and related or neighboring rights", "waived all copyright and related or neighbouring rights",
    # the line a form's reCAPTCHA makes the page show
    "this site is protected by recaptcha", "diese seite ist durch recaptcha geschützt",
    # a site's disclaimers: trademarks, advice it does not give, claims no authority checked
    "registered trademark of", "registered trademarks of", "are trademarks of", "is a trademark of",
    "trademarks or registered trademarks", "eingetragene marke von", "eingetragene marken von", "marque déposée de",
    "marca registrada de", "for informational purposes only", "for informational and educational purposes only",
    "not been evaluated by the food and drug administration", "not intended to diagnose",
    "not intended to be a substitute for", "does not constitute legal advice", "does not constitute financial advice",
    "does not constitute investment advice", "dient ausschließlich informationszwecken",
    "stellt keine rechtsberatung dar", "à titre informatif uniquement", "con fines informativos únicamente",
    # an affiliate disclosure ("This post contains references to products from one or more of our advertisers. We
    # may receive compensation …", "Bei den Verlinkungen handelt es sich um Affiliate Links")
    "we may receive compensation", "we may earn a commission", "we may earn a small commission",
    "we may earn an affiliate commission", "earn from qualifying purchases", "contains affiliate links",
    "may contain affiliate links", "handelt es sich um affiliate links", "handelt es sich um affiliate-links",
    "enthält affiliate-links", "enthält affiliate links", "erhalten wir eine provision", "bekommen wir eine provision",
    "nous pouvons percevoir une commission", "podemos recibir una comisión",
    # a sign-up form's consent box
    "i agree to the processing of my", "ich stimme der verarbeitung meiner", "j'accepte le traitement de mes",
    "acepto el tratamiento de mis", "wyrażam zgodę na przetwarzanie moich",
    # (or the line under its button: "By clicking the button, you agree to the privacy policy", Flexbe's in Ukrainian)
    "by clicking the button, you agree", "by clicking the button you agree", "натискаючи кнопку, ви погоджуєтесь",
    "натискаючи кнопку ви погоджуєтесь", "нажимая кнопку, вы соглашаетесь", "нажимая на кнопку, вы соглашаетесь",
    "нажимая кнопку, вы даете согласие", "нажимая на кнопку, вы даете согласие",
)
# The page's own buttons, alone on a line: never the story's ("Menu" is a restaurant's, "Register" an event's,
# "Close" and "Top" may head a paragraph: not among them)
PAGE_CONTROL = (
    "subscribe", "subscribe now", "log in", "login", "sign in", "sign up", "previous", "next", "prev", "back to top",
    "continue", "ask question", "ask a question", "skip to content", "skip to main content", "toggle",
    "toggle navigation", "close menu", "open menu", "ask a new question", "stellen sie eine frage",
    "neue frage stellen", "frage stellen", "poser une question", "hacer una pregunta", "fai una domanda",
    "zadaj pytanie",
    # (a form's button: "Send", "Absenden", "Надіслати")
    "send", "send message", "absenden", "nachricht senden", "envoyer", "enviar", "invia", "wyślij", "verzenden",
    "verstuur", "отправить", "надіслати", "відправити", "lähetä", "skicka",
    "learn more", "apply now", "book a demo", "start free trial", "get started", "back to blog", "en savoir plus",
    "mehr erfahren", "más información", "saber más", "scopri di più", "dowiedz się więcej", "ingresar", "acceder",
    "registrarse", "trouble logging in?", "forgot your password?", "forgot password?", "passwort vergessen?",
    "mot de passe oublié ?", "¿olvidaste tu contraseña?",
    # (and in Chinese, Japanese and Korean: "登录" / "注册", "ログイン" / "新規登録", "로그인" / "회원가입")
    "登录", "注册", "登入", "註冊", "ログイン", "ログアウト", "新規登録", "会員登録", "로그인", "로그아웃", "회원가입",
    "abonnieren", "jetzt abonnieren", "anmelden", "einloggen", "zurück", "weiter", "nach oben", "zum inhalt springen",
    "s'abonner", "se connecter", "connexion", "suivant", "précédent", "retour en haut", "suscríbete", "suscribirse",
    "iniciar sesión", "siguiente", "anterior", "volver arriba", "iscriviti", "accedi", "successivo", "precedente",
    "subskrybuj", "zaloguj się", "następny", "poprzedni", "do góry",
    # a theme's link past the menu in other languages (WordPress's "Pular para o conteúdo")
    "aller au contenu", "ir al contenido", "saltar al contenido", "vai al contenuto", "passa al contenuto",
    "przejdź do treści", "naar de inhoud springen", "pular para o conteúdo", "ir para o conteúdo",
    "hoppa till innehåll", "hopp til innhold", "spring til indhold", "siirry sisältöön",
    "назад", "далее", "вперёд", "вперед", "предыдущая", "следующая", "наверх", "föregående", "nästa",
    # (a list's pager, the page after and before this one: cnblogs' "下一页", "次のページ", "다음 페이지")
    "下一页", "上一页", "下一頁", "上一頁", "次へ", "前へ", "次のページ", "前のページ", "다음 페이지", "이전 페이지",
    "next page", "previous page", "nächste seite", "vorherige seite", "page suivante", "page précédente",
    "página siguiente", "página anterior", "pagina successiva", "pagina precedente", "następna strona",
    "poprzednia strona", "volgende pagina", "vorige pagina", "следующая страница", "предыдущая страница",
    # a wiki's link to edit the section beside each heading ("[ edit ]", "[Bearbeiten | Quelltext bearbeiten]")
    "edit", "edit source", "bearbeiten", "quelltext bearbeiten", "modifier", "modifier le code", "editar",
    "editar código", "editar código-fonte", "edytuj", "edytuj kod", "modifica", "modifica wikitesto", "bewerken",
    "brontekst bewerken", "编辑", "編輯", "編集", "편집",
    # the menu's button, and the links back to the index the story is listed in
    "menü öffnen", "menü schließen", "ouvrir le menu", "fermer le menu", "abrir menú", "cerrar menú",
    "back to all articles", "back to all posts", "back to all news", "back to articles", "back to news",
    "back to overview", "back to the blog", "back to list", "back to search results", "back to the top",
    "return to top", "return to blog", "return to articles", "back to home", "back to homepage",
    "zurück zur übersicht", "zurück zur übersichtsseite", "zurück zur liste", "zurück zur startseite",
    "zurück zur homepage", "zurück zu allen meldungen", "zurück zu allen artikeln", "zurück zu allen beiträgen",
    "zurück zu allen news", "zurück zu den suchergebnissen", "zurück nach oben", "zurück zum blog",
    "retour à l'accueil", "retour à la liste", "retour aux actualités", "retour vers toutes les actualités",
    "retour à toutes les actualités", "retour au blog", "volver a portada", "volver al inicio", "volver al blog",
    "volver a noticias", "torna alla home", "torna al blog", "torna all'elenco", "powrót do strony głównej",
    "powrót do listy", "powrót do aktualności",
    # a shop's or a review's buttons under each pick of a roundup, a recipe's under its card
    "buy now", "book now", "shop now", "check price", "check prices", "track price", "see price", "view deal",
    "see deal", "get deal", "visit website", "visit site", "read the review", "read full review", "read our review",
    "jump to review", "see on amazon", "view on amazon", "see details & buying options", "more info",
    # a quote's or a box's expander ("Click to expand...", XenForo's under each quote)
    "click to expand", "show more", "show less", "mehr anzeigen", "weniger anzeigen", "afficher plus",
    "mostrar más", "mostra di più", "pokaż więcej",
    # (the label over the breadcrumb trail: "You are here:", Cafe24's "현재 위치")
    "you are here", "sie sind hier", "vous êtes ici", "usted está aquí", "estás aquí", "ti trovi qui",
    "jesteś tutaj", "u bent hier", "você está aqui", "현재 위치", "現在位置", "現在地",
    # (a spec sheet's, under its first rows: "Alle technischen Daten anzeigen")
    "show all specifications", "see all specifications", "view all specifications", "show all specs",
    "see all specs", "view all specs", "alle technischen daten anzeigen", "alle produktdetails anzeigen",
    "alle details anzeigen", "voir toutes les caractéristiques", "ver todas las especificaciones",
    "ver todas las características", "mostra tutte le caratteristiche", "pokaż wszystkie parametry",
    "toon alle specificaties",
    # a list's sort control ("Sorted by:" over its options)
    "sort by", "sorted by", "sortieren nach", "sortiert nach", "trier par", "ordenar por", "ordina per",
    "sortuj według", "sortera efter", "sortera", "sorter etter", "sorter efter", "rikiuoti pagal", "rūšiuoti pagal",
    "kārtot pēc", "sorteeri järgi",
    # its count per page and its filters' headings ("Display per page", nopCommerce's "Filter by price")
    "per page", "display per page", "show per page", "items per page", "products per page", "pro seite",
    "produkte pro seite", "artikel pro seite", "par page", "produits par page", "por página", "productos por página",
    "per pagina", "prodotti per pagina", "na stronie", "produktów na stronie", "filter by", "filter by price",
    "filtern nach", "filtrer par", "filtrar por", "filtra per", "filtruj według",
    # and the button that applies its filters, or clears them
    "apply filters", "apply filter", "filter anwenden", "filter übernehmen", "filter zurücksetzen",
    "appliquer les filtres", "appliquer", "aplicar filtros", "applica filtri", "zastosuj filtry", "filters toepassen",
    "clear filters", "clear all filters", "reset filters", "réinitialiser les filtres", "borrar filtros",
    # a blog's card's like button with no count beside it ("いいね", goo blog's)
    "いいね",
    # a shop's card's buttons beside its "Add to cart"
    "add to compare list", "add to compare", "add to wishlist", "add to wish list", "zur wunschliste",
    "add to list",      # (a grocer's shopping list: Waitrose's)
    "compare", "vergleichen", "comparer", "comparar", "confronta", "porównaj", "vergelijk", "vergelijken",
    "porovnat", "porovnať", "sammenlign", "jämför", "sammenlikn", "vertaa",
    # (and the checkout's beside the cart's: "購入手続きへ", Rakuten's)
    "購入手続きへ", "ご購入手続きへ", "proceed to checkout", "zur kasse",
    # (Dutch's wish list: "Op verlanglijst", ALTERNATE's)
    "op verlanglijst", "op mijn verlanglijst", "aan verlanglijst toevoegen", "zet op verlanglijst",
    # (Greek's favourites and compare: "Αγαπημένα", "Σύγκριση")
    "αγαπημένα", "σύγκριση", "προσθήκη στα αγαπημένα",
    # (and its price watch: "Hlídat cenu", "Preisalarm")
    "hlídat cenu", "sledovať cenu", "preisalarm", "preiswecker", "price alert", "alerte prix", "obserwuj cenę",
    "save to favorites", "save to favourites", "add to favorites", "add to favourites", "save for later",
    "auf den merkzettel", "ajouter aux favoris", "añadir a favoritos", "aggiungi ai preferiti",
    "toevoegen aan favorieten", "bewaren als favoriet", "opslaan als favoriet",
    # (and its button to see the stock in the shops: "bekijk voorraad in de winkel", HEMA's)
    "bekijk voorraad in de winkel", "bekijk voorraad in de winkels", "check stock in store", "check store stock",
    "se lagerstatus i varuhus", "se lagerstatus i butik", "se lagerstatus",
    "vérifier la disponibilité en magasin", "verfügbarkeit in der filiale prüfen",
    "auf die wunschliste", "ajouter à la liste d'envies", "añadir a la lista de deseos", "dodaj do ulubionych",
    "dodaj do schowka",
    # (Arabic's and Persian's: "أضف إلى المفضلة", Jarir's; "افزودن به علاقه‌مندی‌ها")
    "أضف إلى المفضلة", "أضف الى المفضلة", "إضافة إلى المفضلة", "أضف إلى قائمة الأمنيات", "افزودن به علاقه‌مندی‌ها",
    # (the Nordic shops': "Spara i önskelista", "Lagre i ønskeliste", "Gem på ønskeliste", "Lisää toivelistalle")
    "spara i önskelista", "lägg till i önskelista", "lagre i ønskeliste", "legg til i ønskeliste",
    "gem på ønskeliste", "tilføj til ønskeliste", "lisää toivelistalle", "lisää toivelistaan",
    # and its question about the product ("Zapytaj o produkt", "Frage zum Produkt")
    "ask about this product", "frage zum produkt", "zapytaj o produkt", "poser une question sur ce produit",
    # a Q&A site's prompts under a question's answers (Stack Exchange's)
    "you must log in to answer this question", "or ask your own question", "ask your own question",
    "please log in to answer this question", "log in to answer this question", "add comment", "your answer",
    "silakan masuk atau daftar untuk menjawab pertanyaan ini",      # (Indonesian's, AnsPress's)
    "votre réponse", "ihre antwort", "deine antwort", "tu respuesta", "la tua risposta", "twoja odpowiedź",
    "sua resposta", "jouw antwoord",
    # a help community's buttons under a question: "I have the same question (34)", "Subscribe to updates", "Report
    # abuse" (Google's, in the reader's language: "Também tenho essa dúvida", "Inscrever-se em atualizações")
    "i have the same question", "também tenho essa dúvida", "tengo la misma pregunta", "ich habe die gleiche frage",
    "j'ai la même question", "subscribe to updates", "inscrever-se em atualizações",
    "suscribirse a las actualizaciones", "report abuse", "denunciar abuso", "missbrauch melden", "signaler un abus",
    # a board's prompt under a thread to the reader who is not logged in (bbPress's, XenForo's, in their languages)
    "you must be logged in to reply to this topic", "you must log in or register to reply here",
    "vous devez être connecté pour répondre à ce sujet", "sie müssen angemeldet sein, um auf dieses thema zu antworten",
    "debes estar conectado para responder a este tema", "devi essere connesso per rispondere a questo argomento",
    "musisz być zalogowany, aby odpowiedzieć w tym temacie", "je moet ingelogd zijn om op dit onderwerp te reageren",
    "você precisa estar logado para responder a este tópico", "please login or register to reply to this topic",
    "чтобы оставить сообщение, необходимо авторизоваться", "необходимо авторизоваться",
    "войдите, чтобы ответить",
    # and its greeting over the board to that reader ("Welcome, Guest. Please login or register.", SMF's and YaBB's)
    "welcome, guest", "hello guest", "please login or register", "please log in or register", "welkom, gast",
    "graag inloggen of registreren", "willkommen, gast", "bitte einloggen oder registrieren", "bienvenue, invité",
    "veuillez vous connecter ou vous inscrire", "bienvenido, visitante", "por favor, ingresa o regístrate",
    "benvenuto, ospite", "effettua il login o registrati", "witaj, gościu", "zaloguj się lub zarejestruj się",
    "please log in or register to reply to this topic", "por favor entrar ou cadastrar para responder este tópico",
    # a board's box that jumps to another of its forums ("Gehe zu", phpBB's; not "Jump to", a table of contents' label
    # too, which table_of_contents reads)
    "gehe zu", "aller à", "ir a", "vai a", "przejdź do",
    "get the recipe", "jump to recipe", "print recipe", "schedule a call", "schedule a consultation", "jetzt kaufen",
    "jetzt buchen", "zum angebot", "zum rezept", "voir l'offre", "voir le prix", "comprar ahora", "ver oferta", "ver precio",
)
# A table of contents' label
TOC_LABEL = ("table of contents", "contents", "on this page", "in this article", "jump to", "inhalt",
             "inhaltsverzeichnis", "sommaire", "table des matières", "índice", "contenido", "contenidos", "indice",
             "spis treści", "inhoudsopgave", "sumário", "innehåll", "содержание", "оглавление", "на этой странице",
             # ("On this page" in the other languages a docs theme speaks: "Nesta página", Sphinx's Awesome Theme's)
             "auf dieser seite", "sur cette page", "en esta página", "in questa pagina", "nesta página",
             "na tej stronie", "op deze pagina", "på denna sida", "このページ", "本页内容", "本頁內容")
# The controls of a page's menu: never a section or a kicker
# The home page's link, which a breadcrumb trail starts with
HOME = ("home", "home page", "startseite", "start", "accueil", "inicio", "portada", "strona główna", "domů", "úvod",
        "domov")
CONTROLS = (
    "home", "menu", "login", "log in", "sign in", "register", "subscribe", "close", "skip to content",
    "skip to main content", "back to top", "toggle navigation", "main menu", "open menu", "next", "previous",
    "select page", "startseite", "accueil", "inicio", "portada",
    # the links to the previous and the next page in the other languages ("Zurück" / "Weiter", "назад" / "далее")
    "zurück", "weiter", "précédent", "suivant", "anterior", "siguiente", "próximo", "precedente", "successivo",
    "poprzedni", "następny", "vorige", "volgende", "föregående", "nästa", "назад", "далее", "вперёд", "вперед",
    # (logging in and signing up in Chinese, Japanese and Korean)
    "登录", "注册", "登入", "註冊", "ログイン", "新規登録", "会員登録", "로그인", "회원가입",
)
# The site's own pages and buttons, which a menu ends on right above the headline: no section, kicker or headline
SITE_LINKS = CONTROLS + (
    "contact", "contact us", "about", "about us", "donate", "careers", "jobs", "get started", "learn more", "back",
    "copy", "click to copy url", "search", "jump to navigation", "skip to navigation",
    "skip to main", "skip to sidebar",
    "privacy", "connect", "existing customer?", "impressum", "kontakt", "datenschutz", "über uns", "suche",
    "about this blog", "about this site", "über diesen blog",
    "suche nach:", "zurück zur übersicht", "back to overview", "contacto", "nous contacter", "kontakt z nami",
    "contato", "contatti", "fale conosco", "contáctanos", "contactez-nous",
    "anmelden", "abmelden", "registrieren", "einloggen", "clear", "close dialog box", "book a demo", "book a call",
    "request a demo", "see a demo", "account", "my account", "sign up", "order", "order now", "work with us",
    "work with me", "watch live", "privacy policy", "follow", "follow publication",
    # the reader's account and basket, the site's offers
    "log out", "logout", "sign out", "cart", "basket", "continue shopping", "free trial", "start free trial",
    "get started for free", "book online", "book now", "buy now", "make a payment", "upgrade", "join", "join now",
    "lets talk", "let's talk", "feedback", "loading", "view all results", "press esc to close", "warenkorb",
    "ausloggen", "panier", "carrito", "koszyk",
    # the neighbouring posts
    "previous post", "next post", "previous article", "next article", "vorheriger beitrag", "nächster beitrag",
    "older posts", "newer posts", "ältere beiträge", "neuere beiträge", "vorherige", "nächstes",
    # the page's own tools
    "view all result", "submit", "search submit", "suche starten", "navigation umschalten", "vorlesen", "save",
    "guardar", "mail", "mein konto", "moje konto", "mon compte", "mi cuenta", "můj účet", "môj účet", "mijn account",
    "mitt konto", "min konto", "oma tili", "hesabım", "contul meu", "fiókom", "личный кабинет", "мой аккаунт",
    *TOC_LABEL,
    # the site's languages
    "english", "deutsch", "français", "español", "italiano", "português", "polski", "nederlands",
    # the site's channels
    "feed", "rss", "youtube", "instagram", "tiktok",
    # (a blog's menu in Chinese, Japanese and Korean: "首页 归档 分类 标签 关于", Halo's)
    "首页", "首頁", "归档", "歸檔", "分类", "分類", "标签", "標籤", "关于", "關於", "ホーム", "アーカイブ", "カテゴリー",
    "タグ", "홈", "태그", "카테고리", "아카이브",
)
# A button's opening verb and what follows it ("Shop our products", "Get the Guide", "Return to Articles", "Add to
# Gmail"): a call to act, never a section or kicker (a section names a topic: "Shopping Guides", "Get Fit" stay)
CALL_VERBS = frozenset("shop buy get connect share subscribe return back add find take try download join request "
                       "sign register apply claim order start explore discover see view read watch learn".split())
CALL_OBJECTS = frozenset("our your the a an that this these to with now up for more all".split())
NAV_WORDS = CONTROLS + (
    "news", "sports", "sport", "business", "politics", "opinion", "world", "entertainment",
    "lifestyle", "tech", "technology", "science", "health", "travel", "video", "videos", "podcasts",
)
# Month names per language, for dates in text (dateutil parses English ones itself).
MONTHS = {
    "de": "januar februar märz april mai juni juli august september oktober november dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    # (the genitive, as a day's date says the month: "8 марта 2026", "8 Μαρτίου 2026", "8. března 2026")
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου "
          "νοεμβρίου δεκεμβρίου",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta",
    "id": "januari februari maret april mei juni juli agustus september oktober november desember",
    "tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    # (the genitive again: "24. novembra 2024", "24. novembra 2024", Slovak's and Slovenian's; Lithuanian's, "2024 m.
    # lapkričio 24 d."; not Croatian's, whose "listopada" is Polish's November and its own October)
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
}
MONTH_NUMBERS = {name: i + 1 for words in MONTHS.values() for i, name in enumerate(words.split())}
MONTH_NUMBERS |= {"jänner": 1, "feber": 2}        # Austrian German's January and February ("15. Jänner 2014")
# (Arabic's other spellings of April, June, July, August and October: "إبريل", "يونيه", "يوليه", "اغسطس", "اكتوبر")
MONTH_NUMBERS |= {"ابريل": 4, "إبريل": 4, "يونيه": 6, "يوليه": 7, "اغسطس": 8, "اكتوبر": 10}
# Their short forms where they are no English one ("26. Okt. 2018", "12 déc. 2019", "3 dic 2020"), and no word of
# their own (not Spanish "ago", Portuguese "out", Italian "set", Polish "sie")
MONTH_ABBREVIATIONS = {
    "jän": 1, "mär": 3, "mrz": 3, "okt": 10, "dez": 12,                       # German
    "janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "déc": 12,           # French
    "ene": 1, "abr": 4, "dic": 12,                                            # Spanish
    "giu": 6, "lug": 7, "ott": 10,                                            # Italian
    "fev": 2, "mrt": 3,                                                       # Portuguese, Dutch
    "sty": 1, "lut": 2, "kwi": 4, "maj": 5, "cze": 6, "lip": 7, "sie": 8,   # Polish ("28 lis 26", Misago's)
    "wrz": 9, "paź": 10, "lis": 11, "gru": 12,
}
# The days of the week (a date line opens with one: "Monday November 18, 2019 … by Joe Rossignol"): never a name
WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi "
    "dimanche lunes martes miércoles jueves viernes sábado lunedì martedì mercoledì giovedì venerdì "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag poniedziałek wtorek środa czwartek piątek "
    "niedziela".split())
RELATIVE_TIME_UNITS = (
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day",
    "days", "week", "weeks", "month", "months", "year", "years", "h", "m", "d",
    "sekunden", "minuten", "stunden", "stunde", "tagen", "tag", "wochen", "monaten", "jahren",
    "secondes", "heures", "heure", "jours", "jour", "semaines", "mois", "ans",
    "segundos", "minutos", "horas", "hora", "días", "dia", "días", "semanas", "meses", "años",
    # (and each one alone: "hace 1 mes", "il y a 1 semaine", "vor 1 Woche", "há 1 mês")
    # (not French "an", which the counts "an" and "un" would read glued to it in a name: "Anan", "Unan")
    "segundo", "minuto", "día", "semana", "mes", "año", "seconde", "semaine", "sekunde", "woche", "monat", "jahr",
    "mês", "ano", "dias", "anos",
    # (Russian's and Ukrainian's, each case a number asks for: "1 день", "3 дня", "5 дней"; "3 дні", "5 днів")
    "секунд", "секунды", "мин", "хв", "минут", "минуты", "минуту", "час", "часа", "часов", "день", "дня", "дней",
    "неделю", "недели", "недель", "месяц", "месяца", "месяцев", "год", "года", "лет", "хвилин", "хвилини", "годину",
    "години", "годин", "дні", "днів", "тиждень", "тижні", "тижнів", "місяць", "місяці", "місяців", "рік", "роки",
    "років",
    # (Indonesian's: "3 hari yang lalu", three days ago)
    "detik", "menit", "jam", "hari", "minggu", "bulan", "tahun",
)
# the days named by where they stand from today ("yesterday", "gestern", "вчера"), and the words that say how long ago
RELATIVE_DAYS = ("yesterday", "today", "gestern", "heute", "hier", "aujourd'hui", "ayer", "hoy", "вчера", "сегодня",
                 "вчора", "сьогодні")
RELATIVE_TIME_WORDS = ("ago", "vor", "il y a", "hace", "há", "fa", "temu", "just now", "назад", "тому",
                       "yang lalu",
                       *RELATIVE_DAYS)

# a documentation page's own references to others, a section of it (a manual page's "SEE ALSO", MDN's "See also";
# DITA's "Related information", AWS's "Related resources")
_SEE_ALSO = (r"(?:see also|siehe auch|voir aussi|véase también|ver también|vedi anche|zobacz (?:też|także)|"
             r"zie ook|ver também|se även|se også|katso myös|"
             r"related (?:resources|topics|information|links|documentation|tasks|concepts|reference)|"
             r"additional resources|further reading|"      # (Unity's, Microsoft's: "Additional resources")
             r"references|referenzen|références|referencias|riferimenti|referências|"     # (Quarto's, Sphinx's)
             r"verwandte themen|weiterführende informationen|rubriques connexes|informations connexes|"
             r"temas relacionados|información relacionada|argomenti correlati|informazioni correlate)")
SEE_ALSO = re.compile(rf"^{_SEE_ALSO}\W*$", re.I)
# or a line of its own that opens with the words, its references after them ("See also QBasicTimer and QTimerEvent.",
# QDoc's)
SEE_ALSO_LINE = re.compile(rf"^{_SEE_ALSO}\b", re.I)

CATEGORIES = {
    "social_prompt": SOCIAL_PROMPT, "search_prompt": SEARCH_PROMPT, "share_widget": SHARE_WIDGET,
    "gallery_widget": GALLERY_WIDGET,
    "cookie_prompt": COOKIE_PROMPT, "consent_notice": CONSENT_NOTICE, "paywall_prompt": PAYWALL_PROMPT,
    "ad_marker": AD_MARKER, "page_control": PAGE_CONTROL, "card_button": CARD_BUTTON,
    "comment_widget": COMMENT_WIDGET, "comment_form": COMMENT_FORM, "tag_label": TAG_LABEL, "related_heading": RELATED_HEADING,
    "byline_label": BYLINE_LABEL, "published_label": PUBLISHED_LABEL, "caption_label": CAPTION_LABEL,
    "credit_agency": CREDIT_AGENCY, "copyright": COPYRIGHT, "legal_notice": LEGAL_NOTICE, "post_meta": POST_META,
    "author_box": AUTHOR_BOX, "ingredients": INGREDIENTS, "method": METHOD, "recipe_fields": RECIPE_FIELDS,
    "shop_promise": SHOP_PROMISE, "price_note": PRICE_NOTE,
    "nav_words": NAV_WORDS, "controls": CONTROLS, "site_links": SITE_LINKS,
    "toc_label": TOC_LABEL,
}


@lru_cache(maxsize=256)
def compile_phrases(phrases: tuple[str, ...], whole: bool = False) -> re.Pattern:
    """One case-insensitive alternation of escaped phrases.

    whole=True matches only when the phrase is the whole (stripped) text,
    allowing surrounding punctuation, digits and a count like "Comments (12)".
    """
    alt = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    if whole:
        return re.compile(rf"^[\W\d_]*(?:{alt})[\W\d_]*$", re.IGNORECASE)
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=256)
def pattern(category: str, extra: tuple[tuple[str, tuple[str, ...]], ...] = (), whole: bool = False) -> re.Pattern:
    """The compiled pattern of a category plus a config's extra phrases (cached by name, not by content)."""
    return compile_phrases(phrases(category, extra), whole)


def phrases(category: str, extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> tuple[str, ...]:
    """A category's phrases plus the ones a user's config adds to it."""
    return CATEGORIES[category] + tuple(p for cat, ps in extra if cat == category for p in ps)


@lru_cache(maxsize=64)
def byline_prefix(extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> re.Pattern:
    """The label that opens a byline ("By ", "Written by "), with the labels a user's config adds (byline_label)."""
    labels = sorted(phrases("byline_label", extra), key=len, reverse=True)
    # a colon may follow a label ("Written by: Jane Doe", "Author : Jane Doe"); one that ends with one needs it
    alts = (re.escape(w.rstrip(":")) + (r"\s*:" if w.endswith(":") else r"(?:\s*:)?") for w in labels)
    # (after its colon the name may follow with no space, as Chinese writes it: "作者:阿明", Z-Blog's)
    return re.compile(r"^(?:%s)(?:\s+|(?<=[:：])(?=\S))" % "|".join(alts), re.I)


BYLINE_PREFIX = byline_prefix()     # the built-in labels alone
# A post's permanent link, its label beside its time and its count of comments ("… | Permalink | Comments (3)")
PERMALINK = frozenset({"permalink", "permanent link", "permanenter link", "lien permanent", "enlace permanente",
                       "link permanente", "stały link", "permalien"})
# "By" or "Written by:" alone on a line, the name on the next line
# ((?:\s*:)? rather than \s*:?\s*: two runs of spaces side by side made a long run of spaces quadratic)
LONE_BY = re.compile(r"^\s*(?:%s|(?:%s)\s*:)\s*$" % (
    "|".join(re.escape(w.rstrip(":")) + r"(?:\s*:)?" for w in BYLINE_LABEL if w not in COLON_LABELS),
    "|".join(re.escape(w.rstrip(":")) for w in COLON_LABELS)), re.I)
# Where a byline's name ends and the author's contacts begin: a social handle, an e-mail address, a phone number
# ("Catherine Shu @catherineshu / 2 days", "By Megan Rowe meganr@spokesman.com (509) 459-5382")
CONTACT_AFTER_NAME = re.compile(r"\s(?=@\w|[\w.+-]+@[\w-]+\.|\(?\+?\d{2,})")


@lru_cache(maxsize=256)
def phrase_words(categories: tuple[str, ...], extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> frozenset[str]:
    """Every (lower-case) word that occurs in the phrases of these categories.

    A text with a word outside this set cannot be made only of the phrases: the
    filters use it to skip the regular expressions for most blocks.
    """
    out: set[str] = set()
    for cat in categories:
        for p in phrases(cat, extra):
            out.update(v for w in WORD.findall(p) for v in _cased(w.lower()))
    return frozenset(out)


def _cased(word: str) -> tuple[str, ...]:
    """A phrase's lower-case word as a text's word may lower-case to: Turkish's dotless i too ("yarın" is matched
    in "YARIN" by the patterns' case folding, which lower-cases to "yarin")."""
    return (word, word.replace("ı", "i")) if "ı" in word else (word,)


def label_and_first(label: re.Pattern, text: str) -> bool:
    """The label opens the line and its first item follows a colon: "Zutaten: 300 g Mehl"."""
    t = text.lstrip()
    m = label.match(t)
    return m is not None and t[m.end():].lstrip().startswith(":")


LETTER = re.compile(r"[^\W\d_]")      # a letter
PHRASES_MAX = 300       # characters: widgets and labels are short; made_of skips the work on paragraphs


def made_of(categories: tuple[str, ...], text: str, extra: tuple[tuple[str, tuple[str, ...]], ...] = (),
            split: Callable[[str], Sequence[str]] = WORD.findall) -> bool:
    """The text is made of these categories' phrases and nothing but punctuation, digits and separators. `split`:
    what splits it into words (the filters pass textstats' cached `words`: they ask this of every block, for rule
    after rule; vocab cannot import textstats, which imports vocab)."""
    if len(text) > PHRASES_MAX:
        return False
    ws = split(text)
    if ws:                      # a word no phrase has: not made of phrases (most blocks end here, cheaply)
        known = phrase_words(categories, extra)
        for w in ws:
            if w.lower() not in known:
                return False
    rest, hits = _all_phrases(categories, extra).subn(" ", text)
    return hits > 0 and not LETTER.search(rest)


@lru_cache(maxsize=256)
def _all_phrases(categories: tuple[str, ...], extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> re.Pattern:
    """One alternation of the categories' phrases, longest first: each phrase of one category may hold another's
    word ("More Info", a page's button, and share_widget's "more": taken one category after the other, "more" left
    "Info" over)."""
    return compile_phrases(tuple(p for cat in categories for p in phrases(cat, extra)))


@lru_cache(maxsize=256)
def phrase_keys(category: str, extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> frozenset[str] | None:
    """One (lower-case) word of each of a category's phrases, the one least likely in any text (not a function
    word, the longest); None if a phrase has no word.

    Every word of a phrase stands in a text that holds the phrase as a whole run of letters (the phrase
    patterns want no word character around it), so a text holding none of these words cannot contain a
    phrase: the filters skip the search. Words are runs of letters (apostrophes split them, as the
    patterns' word boundaries do). "Follow us on" is keyed by "follow", not by "on", which most texts hold.
    """
    out: set[str] = set()
    for p in phrases(category, extra):
        ws = [w.lower() for w in LETTERS.findall(p)]
        if not ws:
            return None
        out.update(_cased(max(ws, key=lambda w: (w not in ALL_STOPWORDS, len(w)))))
    return frozenset(out)


# "8 min read", "Reading Time: 3 minutes", "Lesezeit: ca. 3 Minuten", "[rt_reading_time] min read" (a theme's
# placeholder left unfilled): how long the article takes to read, a line of its header (or of a listing's card). A
# duration alone ("5 min") is not one: a recipe's step says so too.
_READ_UNIT = r"(?:min(?:ute)?s?|minuten|minutos|minuti|minut|minuty)\.?"
_READ_LABEL = (r"(?:(?:average|estimated|durchschnittliche)\s+)?(?:reading time|read time|time to read|lesezeit|"
               r"lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania)")
_READ_AFTER = r"(?:read|reading|to read|de lecture|de lectura|di lettura|lesezeit|lesen|czytania)"   # "5 min read"
READING_TIME = re.compile(
    rf"^[\W_]*{_READ_LABEL}\s*:?\s*(?:(?:ca\.|ungefähr|about|von)\s+)?(?:\d+\s*)?(?:{_READ_UNIT})?(?:\s+read)?[\W_]*$"
    rf"|^[\W_]*(?:\d+|\[\w+\])\s*(?:-\s*\d+\s*)?{_READ_UNIT}\s+{_READ_AFTER}[\W_]*$", re.I)
# or ending a card's line of fields, glued to them ("Claire Morel12 nov.3 min de lecture")
# (a number of up to three digits, not inside a longer one: a search tries each run of digits once, not each digit)
READING_TIME_END = re.compile(rf"(?<!\d)\d{{1,3}}\s*(?:-\s*\d{{1,3}}\s*)?{_READ_UNIT}\s+{_READ_AFTER}[\W_]*$", re.I)


# Class/id words of HTML elements that hold boilerplate (the HTML filters, filters/structure.py).
BOILERPLATE_TOKENS = frozenset(
    "menu nav navbar navigation breadcrumb breadcrumbs share sharing social socials comment comments related "
    "promo newsletter subscribe subscription cookie cookies consent gdpr sidebar footer widget popup modal banner "
    "advert advertisement ads sponsored outbrain taboola recommended recirculation trending popular masthead "
    "toolbar pagination pager login signup byline-social".split())
# What is never article text, also inside the article's own container: a photo's caption or a gallery, a
# newsletter box, the comments, a promotion or an ad (measured one group at a time on both sets: each helped).
# ("legend": a photo's caption, "image-legend", "photo-legend", as French sites name their captions; "linenos": a
# program listing's line numbers beside it, Pygments' gutter)
ALWAYS_BOILERPLATE = frozenset("caption captions legend gallery slideshow lightbox carousel newsletter subscribe "
                               "subscription comment comments promo advert advertisement ads sponsored "
                               "linenos linenodiv lineno facets facet refinements refinement".split())
#                                 (facets, refinements: a shop's filters, Amazon's "s-refinements", Algolia's
#                                 "ais-RefinementList")
ANY_BOILERPLATE = BOILERPLATE_TOKENS | ALWAYS_BOILERPLATE
# The class word the HTML reader gives the line of a form's checkbox or radio button (Bootstrap's own class for it)
CHOICE_TOKEN = "checkbox"
# The class word of a poster's signature under each post (phpBB, vBulletin, XenForo, HardWare.fr): thread_posts
# takes what it holds as the post's frame; the HTML reader reads a <span> of it after a post's text apart
SIGNATURE_TOKEN = "signature"
# Class/id words of a photo gallery or slideshow (among ALWAYS_BOILERPLATE)
PHOTO_TOKENS = frozenset({"gallery", "slideshow", "carousel", "lightbox"})
# the class words of a product's maker's name: "product-card__brand", "pdp__brand", "manufacturer", "vendor"
BRAND_TOKENS = frozenset({"brand", "manufacturer", "maker", "vendor"})
