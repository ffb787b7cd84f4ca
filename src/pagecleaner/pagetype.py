"""What kind of page this is: an article, a forum thread, a product, documentation, a listing, a service page.

Decided once, from the blocks as read (before any filter) and the types the page's markup declares, so the
filters can treat a thread's replies as its content rather than as comments under an article. Each test
is small and names its evidence; the markup's word wins over the text's.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable, Sequence

from .dates import DIGIT, blank_dates, has_date_shape, opening_date
from .model import Block, shared_ancestors
from .textstats import (CJK, PROSE_MIN_STOP, QUESTION_MARKS, SITE_SUFFIX, WRAPPER_SHARE, bracketed, ends_sentence,
                        flattened_listing, fold, is_prose, is_upper, name_shaped, prose_by, shell_command, stop_density,
                        unglued, word_count, words)
from .vocab import (ANY_BOILERPLATE, BYLINE_PREFIX, CJK_COMMENT_WORDS, COMMENT_TOKENS, LETTER, PERMALINK,
                    RELATIVE_DAYS, RELATIVE_TIME_UNITS, RELATIVE_TIME_WORDS, RESPONSE_TOKENS, READING_TIME_END,
                    WEEKDAYS, made_of, pattern)

PAGE_TYPES = ("article", "forum", "product", "documentation", "listing", "collection", "service")

# schema.org types (JSON-LD @type, lower-cased) and og:type values, per page type
MARKUP_TYPES = {
    "forum": {"discussionforumposting", "qapage"},          # (not "Question": an FAQ's entries are Questions)
    "product": {"product", "productgroup", "offer", "aggregateoffer", "og:product", "og:product.item",
                "musicalbum", "og:album", "og:music.album"},        # (an album's page, Bandcamp's: it sells it)
    "documentation": {"techarticle", "apireference", "softwaresourcecode"},
    "listing": {"itemlist", "searchresultspage", "h-feed"},      # (and a feed of entries the microformats mark)
    "collection": {"collectionpage", "imagegallery", "mediagallery"},
    "service": {"service", "professionalservice", "localbusiness", "financialservice", "legalservice",
                "homeandconstructionbusiness", "medicalbusiness"},
    "article": {"newsarticle", "article", "blogposting", "reportagenews", "analysisnewsarticle",
                "opinionnewsarticle", "liveblogposting", "scholarlyarticle", "report", "review", "og:article"},
}
# the order in which a page declaring several is read: a product page often also declares an Article for its
# review text, a forum thread a WebPage; an article that embeds an ItemList of its picks is still an article
MARKUP_ORDER = ("forum", "product", "documentation", "article", "listing", "collection", "service")

# The fields and buttons each post of a thread shows, and a blog's comments do not ("Quote", "Joined: Mar 2019",
# "Join Date: Mar 2019", "Registriert seit: …", "Posts: 1,204", a post's header with its time and number, "alice
# March 3, 2020, 8:10pm #1"; not "Reply", which both show). vBulletin's: "Reply With Quote", and its field's label
# alone on its line, its value under it ("Join Date" / "Jan 2011"). A support community's (Khoros, Lithium): each
# post's score, "14 Kudos" (the count on a line of its own over "Kudos" in soup's shape), and the answer marked
# "Accepted solution" ("Accepted answer", "Best answer", GitHub Discussions' "Answer selected by …", and its
# "anapaula-r asked this question in Q&A" after its "Answered" label; not "answered" alone, a story's word).
# a member's counts beside the post: "Posts: 412", or the number and its label on lines of their own
_STATS = (r"(?:posts|beiträge|nachrichten|messages|mensajes|posty|wiadomości|messaggi|threads|themen|sujets|temas|"
          r"tematy|discussioni|berichten|onderwerpen|inlägg|mensagens|příspěvky|viestit|indlæg|innlegg|mesajlar|"
          r"сообщений|сообщения|темы|тем|повідомлень|повідомлення|"
          r"bài viết|bài gửi|"       # (Vietnamese: "Bài viết: 48", mvnForum's)
          r"gönderiler|gönderi)")    # (Turkish: "Gönderiler: 87", phpFox's)
# a post's votes for and against, "赞(86) 踩(3)" (Baidu Zhidao's and Tieba's)
_FOR_AGAINST = r"[赞讚]\s?[(（]\d[\d,]*[)）]\s?踩\s?[(（]\d[\d,]*[)）]"
FOR_AGAINST = re.compile(rf"^{_FOR_AGAINST}$")
_KUDOS = r"(?:\d[\d,.]*\s+)?kudos"     # a post's score in kudos (Khoros'), its count or not
_TO_ALL = r"(?:reply all|allen antworten|répondre à tous|responder a todos|odpowiedz wszystkim|rispondi a tutti|" \
    r"allen beantwoorden|svara alla)"
_TO_AUTHOR = r"(?:reply to author|dem autor antworten|autor antworten|répondre à l'auteur|responder al autor|" \
    r"odpowiedz autorowi|rispondi all'autore|auteur beantwoorden|svara författaren)"
_FORWARD = r"(?:forward|weiterleiten|transférer|reenviar|przekaż dalej|inoltra|doorsturen|vidarebefordra)"
_JOINED = (r"(?:joined|join date|registriert|mitglied seit|inscrit|date d'inscription|inscription|registrado|"
           r"registro en|"
           r"iscritto|iscritta|registrato|data di iscrizione|lid sinds|ingeschreven|medlem sedan|registrován|"
           r"dołączył|fecha de (?:inscripción|registro)|data de (?:inscrição|registo|cadastro)|"
           r"регистрация|зарегистрирован|реєстрація|зареєстрований|"
           r"tham gia|ngày tham gia|"       # (Vietnamese: "Tham gia: 12/03/2021")
           r"katılım|katılım tarihi|kayıt tarihi)")     # (Turkish: "Katılım: Mart 2022", phpFox's)
# a post's button to report it and to thank its author with their count: "Zgłoś nadużycie!", "Dziękuję 14" (Brainly's)
_REPORT = (r"(?:report abuse|report this (?:post|answer|question)|report a concern|zgłoś nadużycie|missbrauch melden|"
           r"signaler (?:un )?abus|denunciar abuso|reportar abuso|segnala abuso|misbruik melden)!?")
_THANKS = r"(?:thanks|thank you|dziękuję|danke|merci|gracias|grazie|bedankt|obrigado)\s\d{1,6}"
FORUM_MARK = re.compile(r"^(?:quote|zitieren|zitat|citer|citar|cytuj|citeer|citera|sitér|lainaa|citovat|"
                        r"цитировать|цитата|цитувати|"
                        r"reply with quote|mit zitat antworten|"
                        # (the button that answers this one post, LOR's "Ответить на это сообщение")
                        r"reply to this (?:message|post|comment)|auf diese(?:n beitrag| nachricht) antworten|"
                        r"répondre à ce message|responder a este mensaje|rispondi a questo messaggio|"
                        r"odpowiedz na (?:ten post|tę wiadomość)|ответить на это сообщение|"
                        r"відповісти на це повідомлення|"
                        rf"{_KUDOS}|accepted solution|accepted answer|best answer|meilleure réponse|"
                        r"correct answer|richtige antwort|réponse correcte|respuesta correcta|risposta corretta|"
                        r"poprawna odpowiedź|juiste antwoord|"
                        r"beste antwort|hilfreichste antwort|"
                        r"mejor respuesta|migliore risposta|najlepsza odpowiedź|beste antwoord|"
                        r"melhor resposta|"
                        # (Japanese, Chinese, Korean: "ベストアンサー", OKWAVE's and Yahoo!'s badge; "最佳答案", "채택 답변",
                        # "질문자 채택", the asker's choice, Naver KnowledgeiN's)
                        r"ベストアンサー|最佳答案|最佳回答|채택 답변|채택된 답변|질문자 채택|"
                        # (an answer its asker or a moderator checked, Verint's and Microsoft's communities; the one
                        # chosen, Mozilla's: "Ausgewählte Lösung")
                        r"selected solution|chosen solution|ausgewählte lösung|solution choisie|solución elegida|"
                        r"soluzione scelta|wybrane rozwiązanie|gekozen oplossing|"
                        # (the heading over all the answers with their count: "Alle Antworten (2)")
                        r"(?:all answers|all replies|alle antworten|toutes les réponses|todas las respuestas|"
                        r"tutte le risposte|wszystkie odpowiedzi|alle antwoorden)(?:\s?\(\d{1,5}\))?|"
                        r"verified answer|verifizierte antwort|réponse vérifiée|respuesta verificada|"
                        r"risposta verificata|zweryfikowana odpowiedź|geverifieerd antwoord|resposta verificada|"
                        # (a support community's answer from its staff: Zendesk's "Official comment")
                        r"official comment|offizieller kommentar|commentaire officiel|comentario oficial|"
                        r"commento ufficiale|oficjalny komentarz|officieel commentaar|comentário oficial|"
                        r"officiell kommentar|"
                        r"marked as (?:the )?answer|answer selected by \S+|"
                        # (the heading over a discussion's replies, Ning's: "Replies to This Discussion")
                        r"replies to this discussion|antwoorden op deze discussie|antworten auf diese diskussion|"
                        r"réponses à cette discussion|respuestas a esta discusión|risposte a questa discussione|"
                        r"odpowiedzi na tę dyskusję|"
                        # (the thread's state over its question, Jive's: "This question is Answered.")
                        r"this (?:question|thread|topic) (?:is|has been) (?:answered|solved)\.?|"
                        # (a mailing list's archive: each message's buttons, Google Groups' "Reply all Reply to
                        # author Forward", the one to its author among them)
                        rf"(?:{_TO_ALL}\s+)?{_TO_AUTHOR}(?:\s+{_FORWARD})?|"
                        r"(?:answered\s+)?\S+ asked this question in \S.*|"
                        rf"(?:\w+\s){{0,3}}{_REPORT}|{_THANKS}|"     # (the report button last in a post's row)
                        # (a question's count of askers alike and an answer's of its readers it helped, Microsoft
                        # Q&A's: "I have the same question (3)", "2 people found this answer helpful.")
                        r"i have the same question(?:\s*\(\d+\))?|"
                        # (a post's buttons glued on their row, its permalink, the post it answers, its reply
                        # button: Moodle's "Permalink Show parent Reply", "Enlace permanenteResponder"; and the
                        # thread's display mode: "Display replies in nested form", "Mostrar respuestas anidadas")
                        r"(?:permalink|enlace permanente|permalien|dauerlink|link permanente|link bezpośredni)\s?"
                        r"(?:show parent|mostrar mensaje anterior|afficher le message parent|"
                        r"ursprungsbeitrag anzeigen|mostra il post padre|pokaż nadrzędny|"
                        r"view source|quelltext anzeigen|voir la source|ver (?:el )?código fuente)?\s?"   # (a mail
                        #                                           archive's message's, Pony Mail's: "View source")
                        r"(?:reply|responder|répondre|antworten|rispondi|odpowiedz)|"
                        r"display replies (?:flat|in nested form|in threaded form)[^\n]{0,30}|"
                        # (a mail archive's message's header lines, the address in them: "From: Anja Berg
                        # <anja@example.org>", "To: dev@tidewater.example.org")
                        r"(?:from|to|cc|von|an|de|para|da|od|do|van|aan)\s?:\s[^\n@]{0,60}?<?[\w.+-]+@"
                        r"[\w-]+(?:\.[\w-]+)+>?|"
                        r"mostrar respuestas (?:anidadas|planas|en forma anidada)|"
                        r"afficher les réponses (?:emboîtées|à plat)|antworten (?:verschachtelt|linear) anzeigen|"
                        # (a Chinese Q&A site's: the count of answers over them, "2 个回答", and an answer's votes
                        # with its buttons after them, "赞同 56 14 条评论 分享 收藏", Zhihu's)
                        r"\d{1,5}\s?个回答|赞同\s?\d[\d,.]*\s?[万k]?(?:\s\S[^\n]{0,40})?|"
                        # (a reply's button that thanks its writer, V2EX's "♥ 感谢回复者", or the thread's starter)
                        r"♥?\s?(?:感谢回复者|感謝回覆者|感谢楼主|感謝樓主)|"
                        # (a Chinese board's member card beside each post, a field a line, its colon or not:
                        # phpwind's "发帖126" / "铜币870" / "注册时间2016-03-02" / "等级：中级会员", Discuz!'s "积分 120")
                        r"(?:发帖|帖子|主题|回帖|积分|铜币|金币|银币|威望|贡献|精华|在线时间|發帖|主題|積分|金幣|銀幣|"
                        r"貢獻|精華|在線時間)\s?[:：]?\s?\d[\d.,]*\s?(?:小时|小時|分钟|分鐘)?|"
                        r"(?:注册时间|註冊時間|最后登录|最後登錄|加入时间)\s?[:：]?\s?(?:19|20)\d\d[-/.年][\d\s:/.月日-]{1,16}|"
                        r"(?:等级|等級|级别|級別|用户组|用戶組)\s?[:：]\s?\S{1,12}|"
                        # (or its votes for and against with its buttons after them, "赞(86) 踩(3) 评论", Baidu
                        # Zhidao's and Tieba's)
                        rf"{_FOR_AGAINST}(?:\s\S{{1,4}}){{0,3}}|"
                        # (a comment's moderated score and its label, Slashcode's: "(Score:5, Insightful)")
                        r"\(score:\s?-?\d(?:,\s?[^\W\d]+)?\)|"
                        # (an issue tracker's events between the comments, GitHub's: "arnav-s added the bug label Mar
                        # 3, 2026", "mkovacs closed this as completed", "lena self-assigned this")
                        r"[\w.-]{1,39} (?:added|removed) the \S.{0,60} labels?(?: (?:\S+ ){0,3}\S+)?|"
                        r"[\w.-]{1,39} (?:closed this(?: as (?:completed|not planned))?|reopened this|self-assigned "
                        r"this|mentioned this issue|linked a pull request that will close this issue)"
                        r"(?: (?:\S+ ){0,3}\S+)?|"
                        # (Phabricator's timeline: "lindqvist added a comment.", "lindqvist claimed this task.")
                        r"[\w.-]{1,39} (?:added a comment|claimed this task|closed this task as \w+)\.?|"
                        rf"{_JOINED}\s*:?\s*\S.*|join date|joined|registriert seit|mitglied seit|"
                        rf"{_STATS}\s*:\s*\d[\d.,]*(?:\s\d{{3}})*|"     # (its thousands spaced: "Posty: 1 204")
                        # (the day they joined after it, on one line: "Сообщений: 14 Регистрация: 12.01.2025")
                        rf"{_STATS}\s*:\s*\d[\d.,]*(?:\s\d{{3}})*\s+{_JOINED}\s*:\s*\S.*|"
                        # (or the count first, alone under the member's name: HyperKitty's "148 posts")
                        rf"\d[\d.,]*\s+{_STATS})$", re.I)
STAT_LABEL = re.compile(rf"^{_STATS}$", re.I)
# an imageboard post's header: its subject or not, its name, its date and time, its number ("Anonymous 03/10/26 (Tue)
# 21:40:52 No.4415", vichan's, 4chan's)
# (or its time and the poster's ID of the day: "5 名無しさん 2026/03/09(月) 08:47:02.55 ID:Wd6sH1kC0", 2channel's and
# its boards', the number glued to the name or not)
# or a post's file's name, size and dimensions ("Arquivo: tomateiro.jpg (182.4KB, 1200x900)"): an imageboard's
FILE_INFO = re.compile(r"^(?:file|arquivo|archivo|datei|fichier|plik|файл)\s?:\s?\S{1,80}\.\w{2,4}\s?"
                       r"\(\d[\d.,]*\s?[KMG]i?B,\s?\d{2,5}x\d{2,5}\)$", re.I)
# (its actions in brackets after the number or not: "… 18:40:02 No. 4815 [ Responder ] [ Denunciar ]", jschan's)
# (the number's sign in the board's language: vichan's Portuguese "Nº4128", a Russian board's "№4128")
IMAGEBOARD_HEADER = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?\s*(?:(?:No\.|Nº|№)\s?\d{1,10}|ID:[\w+/.]{4,12})"
                               r"(?:\s?\[\s?[^\W\d][^\[\]]{0,20}\s?\]){0,4}$")
# or the poster's address with a part of it hidden, which a board shows beside a post's author and a blog's comments
# never do: "라이트닝 2024-11-28 21:26:40 IP 121.♡.8.203" (Clien's)
MASKED_IP = re.compile(r"(?<![\w.])(?:\d{1,3}|[♡*]{1,3})(?:\.(?:\d{1,3}|[♡*]{1,3})){3}(?![\w.])")
# or only its first two numbers in brackets glued to the poster's name, as DC Inside shows a guest's: "스포크장인(118.235)"
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
GUEST_IP = re.compile(rf"^[^\s()]{{1,20}}\({_OCTET}\.{_OCTET}\)$")
# an answer's count of the readers it helped ("2 people found this answer helpful.", Microsoft Q&A's), and its badge
# as the accepted one glued to its header ("Accepted answerLena Ortiz Independent Advisor Mar 9, 2026"): lines of a
# post's frame as long as a header with its author's name, or longer
ANSWER_NOTE = re.compile(r"^(?:(?:please sign in to rate this (?:answer|reply)\.\s)?\d[\d,]* (?:people|persons?) "
                         r"found this (?:answer|reply|post|comment) helpful\.?|"
                         r"(?:accepted (?:answer|solution)|best answer)(?-i:(?=[A-ZÀ-Þ]))\S.*|"
                         # (or the one a community's expert recommends, over it: "Resposta recomendada")
                         r"recommended answer|resposta recomendada|respuesta recomendada|empfohlene antwort|"
                         r"réponse recommandée|risposta consigliata|polecana odpowiedź|aanbevolen antwoord|"
                         # (or its vote under each reply, a help community's: "Esta resposta foi útil?", Google's)
                         r"(?:was this (?:answer|reply) helpful|esta resposta foi útil|¿?(?:te )?(?:ha )?resultó útil "
                         r"esta respuesta|¿?fue útil esta respuesta|war diese antwort hilfreich|"
                         r"cette réponse (?:vous )?a-t-elle été utile|questa risposta è stata utile|"
                         r"czy ta odpowiedź była pomocna|was dit antwoord nuttig|この回答は役に立ちましたか|"
                         r"此回复有帮助吗|這則回覆是否有幫助)\s?[?？](?:\s(?:yes|sim|sí|ja|oui|no|não|nein|non|nee|"
                         r"tak|nie)){0,2})$", re.I)
# a mailing list's archived message's links to the ones around it, the subject after the label ("Next message (by
# thread): [list] Re: …", Mailman's; Hypermail's "Previous message: …"), and to the archive's indexes ("Messages
# sorted by: [ date ] [ thread ] [ subject ] [ author ]")
LIST_ARCHIVE_NAV = re.compile(r"^(?:(?:previous|next) message(?: \(by (?:thread|date)\))?\s*:\s*\S|"
                              r"messages sorted by\s*:?(?:\s*\[\s*\w+\s*\])+\s*$)", re.I)
COUNT = re.compile(r"^\d[\d.,]*k?$", re.I)            # "412", "5,8k"
# a post's note that it was changed after it was posted, with its time: "This post was last edited by anna on
# 2026-11-19 19:50", "Zuletzt bearbeitet von anna am 19.11.2026", "Dernière modification par anna le …"
EDITED = re.compile(r"^(?:this (?:post|message|reply) was )?(?:last edited by|zuletzt (?:bearbeitet|geändert) von|"
                    r"dernière modification par|última edición por|ostatnio edytowany przez|ultima modifica di)"
                    r"\s.{1,40}?\s(?:on|at|am|le|el|il|,)\s.*\d"
                    # (or Chinese's, when, no name: "最后编辑于 2天前", Xiuno BBS's)
                    r"|^(?:最后编辑于|最後編輯於)\s?.{0,20}\d", re.I)
EDITED_CHARS = 120
POST_ANCHOR = re.compile(r"(?<=\w)#\d{1,6}$")
# a comment's header ending with its number in brackets: "by ratchet_n on Tuesday March 10, 2026 @01:52PM (#66210544)"
COMMENT_NUMBER = re.compile(r"\s\(#\d{1,12}\)$")
LEADING_NUMBER = re.compile(r"#\d{1,5}\s")
# or opening with its label and number, its author and date after them: "Comment 2 Jonas Brandt 2026-03-08 12:30:05
# UTC" (Bugzilla's)
COMMENT_HEAD = re.compile(r"^(?:comment|kommentar|commentaire|comentario|commento|komentarz|reactie)\s#?\d{1,5}\s",
                          re.I)
# a post's header with its author's role on the board glued to the name or ending the line, its date in it
# ("mkowalczykMaintainer Oct 3, 2026", "anapaula-r Oct 3, 2026Author": GitHub's badges)
_ROLES = (r"(?:Maintainer|Collaborator|Contributor|Moderator|Author|Member|Owner|"
          # (a help community's expert's: "Product Expert", "Especialista de produto", Google's)
          r"Product Expert|Especialista de produto|Experto en productos|Produktexperte|Expert produit)")
ROLE_BADGE = re.compile(rf"(?<=[a-z]){_ROLES}(?=\s)|(?<=[\w\s]){_ROLES}$|(?<=\s){_ROLES}(?=\s\d)"
                        r"|(?<=\s)\(OP\)(?=\s)")      # (or the mark of the thread's own author: "fernpath (OP) Nov 23")
# an issue tracker's comment header, its author's handle, "commented" and when (GitHub's, Gitea's, GitLab's: "anowak
# skomentował(a) 12 lis 2026", "mkessler commented 3 days ago")
_COMMENTED = (r"\S{2,40}\s+(?:commented|kommentierte|hat kommentiert|a commenté|comentó|comentou|ha commentato|"
              r"commentato|skomentował(?:\(a\)|a)?|reageerde|heeft gereageerd|kommenterade)"
              r"(?:\s+(?:on|am|le|el|em|il|op))?\s")
COMMENTED = re.compile(rf"^{_COMMENTED}", re.I)
COMMENTED_IN = re.compile(rf"(?<!\S){_COMMENTED}", re.I)      # (glued to the lines around it: "… przez mzielinska
COMMENTED_REACH = 24                                        # anowak skomentował(a) 12 lis 2026 Autor"), its date
#                                                             within this many characters
# a thread's counts of replies and views on one line, under its opening post or its title ("3 replies 14 views 2
# users", Talkyard's; "1.2k views · 12 replies")
_REPLIES = r"(?:replies|antworten|réponses|respuestas|risposte|odpowiedzi|antwoorden|respostas|svar)"
_VIEWS = r"(?:views|aufrufe|zugriffe|vues|vistas|visualizzazioni|visite|wyświetleń|weergaven|visualizações|visningar)"
# or its counts in a sentence over its posts, bbPress's: "This topic contains 3 replies, has 3 voices, and was last
# updated by Colette R. 2 weeks ago.", "Ce sujet contient 3 réponses, a 3 participants et a été mis à jour par …"
TOPIC_COUNTS = re.compile(r"^(?:this topic (?:contains|has)|ce sujet contient|dieses thema (?:enthält|hat)|"
                          r"este tema (?:contiene|tiene)|questo argomento (?:contiene|ha)|ten temat (?:zawiera|ma)|"
                          r"dit onderwerp (?:bevat|heeft)|este tópico (?:contém|tem))\s\d[\d,.]*\s", re.I)
# or a topic's views in Chinese, its header's "lanfeng · 2 天前 · 1532 次点击" (V2EX's), "1532 次浏览"
CJK_VIEWS = re.compile(r"(?<![\d,])\d[\d,]*\s?次(?:点击|點擊|浏览|瀏覽|查看)")
THREAD_STATS = re.compile(rf"\b\d[\d.,]*k?\s+(?:{_REPLIES}\b.*\b\d[\d.,]*k?\s+{_VIEWS}|{_VIEWS}\b.*\b\d[\d.,]*k?\s+"
                          rf"{_REPLIES})\b", re.I)
# a post's reactions, an emoji and its count alone on a line ("👍 2", "❤️ 3": GitHub's, Discourse's)
REACTION = re.compile(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?\s*\d{1,5}$")
# a post's floor number ending its line, as Discuz! numbers its replies ("2#"; a layout's columns put its author's
# name before it, "Shunter_Dave 2#")
FLOOR = re.compile(r"(?<!\S)\d{1,5}(?:#|\s?[楼樓])$")     # (or Chinese boards' "2楼", Tieba's; "2 樓", Taiwan's)
# or opening a post's header, the poster's name and the time after it ("2 樓軸體研究員switchman2024-05-11 21:30:42",
# "樓主…", the opening post's: Bahamut's)
FLOOR_HEAD = re.compile(r"^(?:\d{1,5}\s?[楼樓]|[楼樓]主)\s?\S")
# a reply's subject over its text, the thread's title after "Re:": "Re: …", German "AW: …", Polish "Odp: …"
REPLY_SUBJECT = re.compile(r"^(?:re|aw|antw|sv|odp|rif)\s*:\s*\S", re.I)
# (a header's time before it, "03-11-2020, 08:11 PM#2" glued or spaced: not a ranking's "#1" alone)
POST_NUMBER = re.compile(r"(?:\s|(?<=[AaPp][Mm]))#\d{1,5}$")
# a Q&A post's signature: "answered Nov 10, 2014 at 22:11" (flattened with its buttons and its author: "Follow answered
# Jun 30, 2024 at 10:21 Bamboo Bamboo")
_SIGNED = (r"(?:asked|answered|posée|posé|répondu|répondue|gefragt|beantwortet|preguntada|preguntado|respondida|"
           r"respondido|perguntada|perguntado|domandato|risposto|zadane|odpowiedziano|gevraagd|beantwoord|"
           r"pertanyaan diajukan|ditanyakan|dijawab)")      # (Indonesian's: "Pertanyaan diajukan 3 hari yang lalu")
ASKED = re.compile(rf"^(?:(?:share|edit|follow|flag|report|history)\s+)*(?:\S+\s+[\d.,]+k?\s+)?{_SIGNED}\s", re.I)
# its count of answers alone over them: "2 answers", "2 réponses" (not German's "31 Antworten", which is a reply
# button's count too, under a post: Lemmy's)
_ANSWERS = r"(?:answers?|antwort|réponses?|respuestas?|risposte|risposta|odpowiedzi|odpowiedź|antwoorden|antwoord|" \
    r"respostas?|svar|vastaukset|jawaban)"
# (or the heading over them, its count after it: Habr Q&A's "Ответы на вопрос 1", "Решения вопроса 1")
_ANSWERS_TO = r"(?:ответы на вопрос|решения вопроса|відповіді на питання|рішення питання)"
# (or Chinese's: "2 个回答", "共2条", all of them two)
ANSWER_COUNT = re.compile(rf"^\d{{1,5}}\s{_ANSWERS}$|^{_ANSWERS_TO}\s\d{{1,5}}$|"
                          r"^(?:共\s?\d{1,5}\s?[条條个個](?:回答|答案)?|\d{1,5}\s?[个個](?:回答|答案))$|"
                          # (or all of them, their count after them: "Todas as respostas (2)", Google's communities')
                          rf"^(?:all|todas as|todas las|alle|toutes les|tutte le|wszystkie)\s(?:replies|{_ANSWERS})"
                          r"\s?\(\d{1,5}\)$", re.I)
# (a heading over them: "Odpowiedzi"; the best one's and the others', with their count or not: "Best answer",
# Yahoo! Chiebukuro's "ベストアンサー" and "その他の回答（1件）", Zhihu's and Naver's kin)
_ANSWERS_OVER = r"(?:best answers?|ベストアンサー|その他の回答|回答|最佳答案|其他回答|全部回答|베스트 답변|답변|jawaban terbaik)"
ANSWERS_HEADING = re.compile(rf"^(?:\d{{1,5}}\s)?{_ANSWERS}$|^{_ANSWERS_OVER}\s?(?:[（(]\d{{1,5}}\s?件?[)）])?$", re.I)

# (and the author's name and reputation between: Apache Answer's "Share Report History lena_ops 214 asked Oct 27 …")
# a post's votes between its buttons: "Vote up 7 Vote down" (Apache Answer's, as a scraper reads them)
# (or between its buttons that say yes and no, "Ja 4 Nej": a support community's, Zendesk's, with its buttons' words)
VOTES = re.compile(r"^(?:vote up|upvote|▲|yes|ja|oui|sí|sim|tak)\s*[+-]?\d[\d,.]*k?\s*"
                   r"(?:vote down|downvote|▼|no|nej|nein|non|não|nie|nee|votes?)$", re.I)     # (or its count of
#                                                                 votes, no button down: Freshdesk's "Vote up 2 Votes")
# a post's header, its author's name "posted this on" its date (Freshdesk's forums; the name apart in soup's shape)
POSTED_THIS = re.compile(r"^(?:\S{1,40}\s){0,4}(?:posted this|hat dies gepostet|a posté ceci|publicó esto)"
                         r"(?:\s(?:on|am|le|el))?\s", re.I)
# a comment's header with its score and age: "[–] maple_dad 311 points 8 months ago"; or its author, its score and its
# age between bullets, "netzmeister • 31 • vor 2 Wochen" (Lemmy's; a blog's comment shows its author and age, no score)
# or its signature, "posted by" its author "at" its time "on" its date (MetaFilter's: "posted by hortensia at 6:45 PM
# on March 8 [3 favorites]"; not a blog's byline, its date first, "Posted by admin on March 8 at 6:45 pm")
POSTED_AT = re.compile(r"^posted by\s\S.{0,40}?\sat\s\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?\s+on\s", re.I)
POINTS = re.compile(r"\b\d[\d,.]*k?\s+points?\s.*\bago$", re.I)
# the words that say how long ago ("ago", "vor", "il y a"), the longest first
AGE_WORDS = "|".join(sorted(map(re.escape, RELATIVE_TIME_WORDS), key=len, reverse=True))
AGE_UNITS = "|".join(sorted(map(re.escape, RELATIVE_TIME_UNITS), key=len, reverse=True))     # ("days", "Tagen")
AGE_COUNT = r"(?:\d+|an?|one|ein|eine|einem|einer|un|une)"      # how many of them ("vor einer Stunde", "a day ago")
# a card's age opening its line of fields, where another card shows its date: "3 days ago 8.1K views 4 min", "vor 3
# Tagen", "3 дня назад" (Dzen's)
CARD_AGE = re.compile(rf"^(?:(?:{AGE_WORDS})\s+{AGE_COUNT}\s*(?:{AGE_UNITS})|{AGE_COUNT}\s*(?:{AGE_UNITS})\.?\s+"
                      rf"(?:{AGE_WORDS}))(?!\w)", re.I)
# or its day this week, or its date with the year in two digits, and its time, a date too: "Saturday 9:00AM",
# "Yesterday 3:30 PM", "9/09/24 11:00AM" (Kinja's)
_DAYS = "|".join(sorted(map(re.escape, WEEKDAYS | set(RELATIVE_DAYS)), key=len, reverse=True))
CARD_DAY = re.compile(rf"^(?:(?:{_DAYS}),?\s+(?:at\s+|um\s+|à\s+)?|\d{{1,2}}/\d{{1,2}}/\d{{2}}\s+)"
                      r"\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?!\w)", re.I)
SCORED = re.compile(rf"^[^•·|]{{1,40}}[•·|]\s*[+-]?\d[\d.,]*k?\s*[•·|][^•·|]*\b(?:{AGE_WORDS})\b[^•·|]*$", re.I)
# or its author and age beside the toggle that folds the comment's replies away: "tidewatcher 6 days ago | [–]"
# (Hacker News', old Reddit's)
FOLDED = re.compile(rf"\b(?:{AGE_WORDS})\b.*\[[–-]\]|\[[–-]\].*\b(?:{AGE_WORDS})\b", re.I)
AGE = re.compile(rf"\b(?:{AGE_WORDS})\b", re.I)    # one of them, anywhere in a line
FORUM_MIN = 3           # that many such lines: a thread of several posts (4 left a three-post thread an article,
#                         and 3 types no other page of the 3,414 page runs otherwise)
SHORT_CHARS = 40        # a button's, a field's, a price's line is this short
HEADER_CHARS = 60       # a comment's header with its author's name is this short
# "Add to cart", "In den Warenkorb", "Ajouter au panier", "Lägg i varukorgen", "Sepete ekle": the page sells what it
# shows ("Book now", "Jetzt buchen": or hires it out); the quantity field's label may stand before it ("Quantity Add
# to cart"; Shopify's "Buy it now")
_QUANTITY = (r"(?:quantity|qty|menge|anzahl|quantité|cantidad|quantidade|qtd|quantità|aantal|ilość|antal|antall|"
             r"数量|數量|수량|"
             r"adet|määrä|"
             # (Vietnamese, Indonesian, Greek, Ukrainian, Russian: Tiki's "Số Lượng")
             r"số lượng|jumlah|ποσότητα|кількість|количество|"
             # (Arabic, Persian, Hebrew: "الكمية", Jarir's)
             r"الكمية|الكميه|تعداد|כמות)")
# (the verbs that book a service or hire a thing out: "Book now", "Réserver"; pagetypes' BOOK_BUTTON, an offer's
# button alone under its price, says them too, and the shorter ones: "Book", "Buchen")
# (or an appointment, a person's time, no thing's hire: "Termin buchen", Doctolib's; "Prendre rendez-vous")
_APPOINTMENTS = (r"termin (?:buchen|vereinbaren)|book (?:an )?appointment|prendre rendez-vous|pedir cita|"
                 r"afspraak maken|umów wizytę|"
                 # (or a table: "Prenota un tavolo", TheFork's; "Book a table", "Tisch reservieren")
                 r"book a table|reserve a table|prenota un tavolo|tisch reservieren|réserver une table|"
                 r"reservar (?:una )?mesa|zarezerwuj stolik|reserveer een tafel|"
                 # (or a reservation: "Make a reservation", OpenTable's widget's heading)
                 r"make a reservation|faire une réservation|hacer una reserva|fare una prenotazione|"
                 r"reservierung anfragen|reservering maken")
APPOINTMENT = re.compile(rf"^(?:{_APPOINTMENTS})\W*$", re.I)
BOOK_VERBS = rf"book now|jetzt buchen|réserver|reservar(?: ahora)?|zarezerwuj|{_APPOINTMENTS}"
_BOOKINGS = rf"(?:{BOOK_VERBS}|online buchen)"
BOOKING = re.compile(rf"^{_BOOKINGS}\W*$", re.I)
BOOKING_FIRST = re.compile(rf"^{_BOOKINGS}(?!\w)", re.I)     # (or first in its row: "Reservar ahora ♡ Favorito")
# (HTML) a <button> that says "Add" alone: a grocer's buy button ("Add", Morrisons'; "Añadir", Eroski's), which leaves
# no text (on a line of text the word alone says nothing of what it adds)
ADD_ALONE = frozenset({"add", "hinzufügen", "ajouter", "añadir", "aggiungi", "dodaj", "toevoegen", "adicionar",
                       "lisää", "lägg till", "legg til", "tilføj", "přidat", "pridať"})
_BUTTONS = (r"(?:add to (?:cart|basket|bag|trolley)|buy now|buy it now|in den warenkorb|jetzt kaufen|sofort-kaufen|"
            r"ajouter au panier|"
            r"acheter|añadir al carr(?:o|ito)|agregar al carr(?:o|ito)|comprar|adicionar ao carrinho|"
            r"aggiungi al carrello|(?:toevoegen aan|in) (?:de )?winkel(?:wagen|mand)|product toevoegen|"
            r"(?:dodaj )?do koszyka|kup teraz|"
            r"(?:vložit |přidat |pridať |vložiť )?do košík[ua]|koupit|kúpiť|"
            r"lägg i (?:varu)?korg(?:en)?|köp nu|legg i (?:handle)?kurv(?:en)?|kjøp nå|"
            r"læg i (?:indkøbs)?kurv(?:en)?|køb nu|"
            r"sepete ekle|satın al|hemen al|lisää ostoskoriin|osta nyt|adaugă în coș|adauga in cos|cumpără acum|"
            # (Estonian, Latvian, Lithuanian: "Lisa ostukorvi", Kaup24's; "Pievienot grozam", "Į krepšelį")
            r"lisa ostukorvi|osta kohe|pievienot grozam|ielikt grozā|pirkt tagad|(?:dėti |pridėti )?į krepšelį|"
            r"pirkti dabar|"
            r"(?:добавить )?в корзину|купить(?: сейчас| в 1 клик)?|додати в кошик|купити|"
            r"kosárba(?: teszem)?|megveszem|thêm vào giỏ(?: hàng)?|mua ngay|tambah ke keranjang|masukkan keranjang|"
            r"beli sekarang|장바구니(?:에)? 담기|바로 ?구매|구매하기|(?:ショッピング)?カートに入れる|今すぐ購入|"
            r"買い物(?:かご|カゴ)に入れる|カートに追加|購入手続きへ|加入购物车|立即购买|加入購物車|立即購買|"
            r"أضف (?:لل|إلى ال|الى ال)سلة|إضافة (?:لل|إلى ال)سلة|اشتر(?:ي)? الآن|"
            # (Greek, Hebrew, Persian: "Προσθήκη στο καλάθι", "הוספה לסל", "افزودن به سبد خرید")
            r"προσθήκη στο καλάθι|αγορά τώρα|הוס(?:ף|פה) לסל|קנ(?:ה|ו) עכשיו|افزودن به سبد(?: خرید)?|"
            rf"{_BOOKINGS})")
# (its quantity's label before it, and the unit after the field: "Ilość szt. Do koszyka", "Menge Stück In den
# Warenkorb")
_UNIT = r"(?:szt|pcs|pc|stk|stück|st|ks|un|uds|pz|pièces?)"
# (the next button glued on with no space, as inscriptis joins inline buttons: "Add to bagSave to favorites")
_GLUED = r"(?-i:(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ]))"
# (a button in Japanese, Chinese or Korean ends where its last sign does, no space after it: "買い物かごに入れる購入手続きへ")
_CJK_END = r"(?<=[ぁ-ヿ一-鿿가-힯])"
# (or its <select>'s options between them: "Quantity 1 2 Add to trolley", glued by inscriptis: "Quantity12Add to
# trolley")
# (marks and spaces apart, one way to read a run of spaces)
# (or "Add" alone after the quantity's label, its field's own label or count between: "Quantity qty Add", Waitrose's)
# (the label glued to the button, as inscriptis joins a <label> and a <button> with no space between: "MengeIn den
# Warenkorb")
BUY = re.compile(rf"^(?:(?:{_QUANTITY}(?:\s?[^\w\s]*\s|(?=\d)|(?-i:(?=[A-ZÀ-ÖØ-Þ])))[\d\s]{{0,30}}"
                 rf"(?:{_UNIT}[^\w\s]*\s[\d\s]{{0,30}})?)?"
                 rf"{_BUTTONS}(?:\b|{_GLUED}|{_CJK_END})|{_QUANTITY}(?:\s(?:{_QUANTITY}|\d{{1,3}}))*\sadd\s*$)", re.I)
# or two of them side by side ending a line, the buy box flattened onto it with its quantity and stock ("Liczba sztuk
# z 83 sztuk DODAJ DO KOSZYKA KUP TERAZ", Allegro's)
BUY_ROW = re.compile(rf"(?:^|\s){_BUTTONS}\s*{_BUTTONS}\s*$", re.I)
BUY_ROW_CHARS = 80
# or ending a card flattened onto one line with its name and price ("Villasukat, harmaa 24,90 € Lisää ostoskoriin",
# inscriptis's shape of a card whose parts are inline)
BUY_END = re.compile(rf"\s{_BUTTONS}\s*$", re.I)


# the price in instalments after the price ("R$ 42,90 ou 3x de R$ 14,30 sem juros", Brazil's shops; "o 6 cuotas de
# $ 2.500 sin interés"; glued to the price as the page sets its <span>s: "R$ 189,90ou 3x de R$ 63,30 sem juros")
INSTALMENTS = re.compile(r"(?:\s|(?<=\d))(?:ou|o|or|oder|lub|of)\s(?:em até\s|en\s|hasta\s)?\d{1,2}\s?(?:x|×|cuotas)\s"
                         r"(?:de\s)?"
                         r"(?:R\$|\$|€|£)?\s?\d[\d.,]*\s?(?:€|zł)?(?:\s(?:sem juros|sin interés|senza interessi|"
                         r"interest-free|zinsfrei))?\s*$"
                         # (or the amount a month, the count of instalments after it or not: "sau 147,99 lei/lună
                         # în 10 rate fără dobândă", Flanco's; "or £32.42/month", "oder 29,99 €/Monat")
                         r"|(?:\s|(?<=\d))(?:ou|o|or|oder|lub|of|sau|nebo|alebo|vagy)\s(?:from\s|ab\s|od\s|de\s)?"
                         r"(?:R\$|\$|€|£)?\s?\d[\d.,]*\s?(?:€|zł|lei|kč|ft|£)?\s?(?:/|per\s|pro\s|pe\s)\s?"
                         r"(?:month|monat|mois|mes|mese|miesiąc|mies\.?|lună|luna|měsíc|mesiac|hó|maand|mo)\b"
                         r"[^.!?\n]{0,60}$", re.I)


# the price's note that it is paid at once, by an instant transfer or a bank slip, before the instalments: "R$ 449,99
# À vista no PIX ou 10x de R$ 49,99 sem juros" (Brazil's shops)
CASH_NOTE = re.compile(r"(?<=\d)\s+(?:à|a) vista(?:\s(?:no|via|com)\s(?:pix|boleto))?\s*$", re.I)


def unbuttoned(text: str) -> str:
    """The line without the buy button, or the price in instalments, or its note that it is paid at once, that ends
    it; or the base price, in brackets after the price with the amount it is for or not ("9,95 € 0,05 l (199,00 € /
    1 l)", which Germany's shops must show)."""
    if len(text) >= BUY_ROW_CHARS:
        return text
    text = CASH_NOTE.sub("", INSTALMENTS.sub("", BUY_END.sub("", text)))
    m = BASE_PRICE.search(text)
    return text[:m.start()] if m and m.start() and has_price(m.group("price")) else text


# (the amount first or not: "0,05 l", "500 g"; the price per unit in brackets: "(199,00 € / 1 l)", "(1 kg = 7,98 €)")
# (from a run of spaces' first: one way to read the spaces before the bracket)
BASE_PRICE = re.compile(r"(?<!\s)(?:\s\d[\d.,]*\s?(?:ml|cl|l|g|kg|m|cm|m²|stk|st|pcs|stück)\.?)?"
                        r"\s*\((?P<price>[^()]{3,30})\)$", re.I)


# or the quantity field's label alone, its button a form's input the scrape dropped ("Quantity:", Sylius's "Cantidad"
# with no colon): once or twice (a sticky bar's), not on every card of a shop's category
QUANTITY = re.compile(rf"^{_QUANTITY}(?:\s{_UNIT}\.?)?\s?:?(?:\s\d{{1,2}}){{0,10}}$", re.I)    # (its options'
#                                                                   numbers after it or not; its unit: "Ilość szt.")
QUANTITY_FIELDS = 2
# or the fields a shop shows by a product's name, two of them ("Availability: In stock", "Product Code: CP-102";
# OpenCart's, whose buy button is a form's <button> the reader drops)
PRODUCT_FIELD = re.compile(r"^(?:availability|product code|sku|model|disponibilidade|código do produto|modelo|"
                           r"verfügbarkeit|artikelnummer|lieferzeit|disponibilité|référence|disponibilidad|"
                           r"referencia|dostępność|kod produktu|disponibilità|codice prodotto)\s*:\s*\S", re.I)
PRODUCT_FIELDS = 2
# a product's numbers on a line of their own, each with its label: "Art.-Nr. 2471188 | Hersteller-Nr. TWK7203",
# "SKU: HB-4025", "Model # 1002 Internet # 3110", "Réf. : 41-220 · EAN 4006…"
_CODE_LABEL = (r"(?:art\.?-?\s?nr\.?|artikelnummer|artikel-nr\.?|hersteller-nr\.?|herstellernummer|sku|mpn|ean|"
               r"gtin|upc|"
               r"item\s?(?:#|no\.?|number)|model\s?(?:#|no\.?|number)?|internet\s?#|store sku\s?#|"
               r"product code|réf\.?|référence|ref\.?|referencia|kod produktu|kód produktu|katalogové číslo|"
               r"cikkszám|artikelnr\.?|art\.?\s?no\.?)")
# (a number among its letters: one way to match it, not one per digit; the colon with its space before it or not,
# (?:\s?:)?\s rather than \s?:?\s?: one way to read a space, not two)
_CODE = r"(?:\s?:)?\s?(?=[\w./-]*\d)[\w./-]+"
PRODUCT_CODES = re.compile(rf"^{_CODE_LABEL}{_CODE}(?:\s?[|·,/]?\s{_CODE_LABEL}{_CODE})*$", re.I)
PRODUCT_CODES_CHARS = 120


def product_codes(text: str) -> bool:
    """A line of a product's numbers alone, each after its label (see PRODUCT_CODES)."""
    return len(text) <= PRODUCT_CODES_CHARS and PRODUCT_CODES.match(text.strip()) is not None
# (its currency's code first too, eBay's "EUR 34,00"; or its sign or word after the amount, "89,99 zł", "12 490 Kč",
# "349 kr", Turkey's "389,00 TL", Romania's "139,99 Lei", the Gulf's riyals and dirhams in their letters,
# "240 ر.س", "95 د.إ"; South-East Asia's ringgit, rupiah, peso, baht, dong: "RM129.00", "Rp 250.000", "₱1,299",
# "฿990", "199.000 ₫"; won, yen and yuan in their letters after the amount, "28,000원", "2,800円", "199元"; the CFA
# franc's, "12 500 FCFA";
# (?<![\d.,]): one attempt per run of digits, not one per digit)
_CODES = r"(?:EUR|USD|GBP|CHF|PLN|CZK|SEK|NOK|DKK|SAR|AED|TRY|RON|MAD|BGN|UAH|HUF|BRL|MXN|CAD|AUD|INR|ZAR|XOF|XAF)"
_AFTER = (r"(?:zł|Kč|kr|lei|Lei|TL|DH|Dhs|Ft|F?CFA|грн|руб|лв|ر\.س|ر\.ق|ر\.ع|د\.إ|د\.ك|د\.ب|د\.م|元|"
          r"تومان|ریال|ريال|درهم|دينار|جنيه)")  # (the signs and words after the amount: Morocco's "45,00 DH" too;
#                                                 Iran's toman and rial, "۲٬۷۲۰٬۰۰۰ تومان", Arabic's riyal, dirham)
# the word before a price that is its least, "from $35", "à partir de 49 €", "ab 45 €"
PRICE_FROM = r"(?:desde|a partir de|da|dès|à partir de|ab|from|fra|från|od|vanaf|or|alkaen|alates|nuo|no)"
PRICE = re.compile(rf"(?:[$£€¥￥₹₺₽₱฿₩₴₸₾₼₦₫]\s?\d[\d.,]*|\b(?:{_CODES}|RM|Rp|Rs\.?)\s?\d[\d.,]*|"
                   # (South Africa's rand: "R 2,199", "R399.00"; two digits at least, a name's "R 2" is none)
                   r"(?<![\w.])R\s?(?:\d{1,3}(?:,\d{3})+|\d{2,4})(?:\.\d{2})?(?![\w.,])|"
                   # (its cents set apart by a space, as a renderer splits "99,<span>00</span> zł": "99, 00 zł")
                   # (yen and won with no boundary after them: a word of a language written without spaces
                   # follows, "4,380円送料無料"; not yuan's 元, whose "3元素" is three elements)
                   # (Arabic's separators between its digits too: "۲٬۷۲۰٬۰۰۰ تومان")
                   rf"(?<![\d.,٬٫])\d[\d.,٬٫]*(?:[.,] \d{{2}})?\s?(?:[€₺₽﷼₫₴₸₾₼₦円원]|(?:{_AFTER}|{_CODES})\b)|"
                   rf"(?<![\d.,])\d[\d.,]*:-(?![\w-])|"     # (Sweden's kronor: "990:-", "1 290:-")
                   # (a whole amount, its cents a dash: Norway's and Denmark's kroner, "2 990,-", "499,-", a German
                   # shop's "12,– €")
                   r"(?<![\d.,])(?:\d{1,3}(?:[ .\u00a0]\d{3})+|\d{1,6}),[-–](?![\w-]))")
CODE_MIN = 3            # program listings that make a page documentation rather than a post with a snippet
# the link from a teaser to its post: alone on its line under the teaser, or (TEASER_END) glued to the blurb's end as
# scrapers flatten it: "… in the month after. Continue reading "How to repot a fiddle leaf fig"", "… [Weiterlesen]"
# (the phrases as they are written, no pattern among them: READ_ON_OPENINGS is read off them)
_READ_ON_PHRASES = (
    r"read more|continue reading|weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|"
    # (the post named: "Read post →", Scribbles'; "Read full article", "Read the story")
    r"read (?:the |full |the full )?(?:post|article|story)|read on|"     # (Octopress's "Read on →")
    r"leggi tutto|continua a leggere|czytaj dalej|czytaj więcej|lees meer|lees verder|verder lezen|leia mais|"
    r"continuar lendo|ler mais|continuar a ler|läs mer|les mer|læs mere|lue lisää|devamını oku|"
    r"okumaya devam et|"
    # (Hungarian, Czech, Slovak, the South Slavic languages, Bulgarian: "Tovább", "Číst dál", "Pročitaj više")
    r"tovább|tovább olvasom|olvass tovább|bővebben|číst dál|číst více|čítať ďalej|čítať viac|"
    r"pročitaj više|pročitajte više|opširnije|preberi več|прочети още|прочетете повече|"
    # (Indonesian, Vietnamese, Thai: "Baca selengkapnya", "Đọc tiếp", "อ่านต่อ")
    r"baca selengkapnya|selengkapnya|baca lagi|đọc tiếp|đọc thêm|อ่านต่อ|อ่านเพิ่มเติม|"
    r"читать дальше|читать далее|читати далі|citește mai mult|διαβάστε περισσότερα|περισσότερα|"
    # (Japanese, Chinese and Korean: "続きを読む", "阅读全文", "더 보기")
    r"続きを読む|もっと読む|続きはこちら|阅读全文|阅读更多|继续阅读|閱讀全文|閱讀更多|繼續閱讀|더 보기|더보기|계속 읽기|"
    r"阅读剩余部分|閱讀剩餘部分|查看全文"
)
_READ_ON = rf"(?:{_READ_ON_PHRASES})"
# (between dashes or not: "- 阅读剩余部分 -", Typecho's; its count of comments after it or not, "devamını oku / 3 yorum",
# Mezzanine's)
# (the comments' word after a count, in the languages' plurals; COMMENTS_LINK_END's too)
_COMMENT_NOUNS = r"comments?|komentarz[ey]?|kommentare?|commentaires?|comentarios?|commenti|reacties|kommentarer"
_COMMENTS = rf"(?:{_COMMENT_NOUNS}|yorum)"
READ_MORE = re.compile(rf"^\W*{_READ_ON}(?:\W+\d{{1,5}}\s{_COMMENTS})?\W*$", re.I)
# or naming the card's title, a line of the page: "Read more about Footpath 7 reopens" (Drupal's teaser link, its
# title there for screen readers), "Continue reading: Coast to coast"
READ_MORE_TITLED = re.compile(rf"^{_READ_ON}(?:\s+(?:about|of|on|über|zu|sur|de|sobre|su|o|over|om))?\s*[:–-]?"
                              # (the title in quotes glued to it, as html-text joins the screen reader's words:
                              # 'Okumaya devam et"Safranbolu'da iki gün"', WordPress's)
                              r"(?:\s+|(?=[\"“„«]))(?P<title>\S.*)$", re.I)
TEASER_END = re.compile(rf"\b{_READ_ON}(?:\W{{0,3}}$|\s?[\"“„«].{{0,150}}$)", re.I)
LISTING_MIN = 3         # "Read more" under that many teasers, and twice as many as paragraphs: a list of posts
#                         (FEW_CARDS, as in HTML: 5 left a town's news page of four teasers an article, its first
#                         card its story; 3 moves no prediction over the 3,414 page runs)
PARAGRAPH_WORDS = 25
CARD_PAGES = ("listing", "collection")      # the page types that are a list of cards
SHOP_PAGES = frozenset({"product", "collection"})   # the page types of a shop
CARDS_MIN = 5           # (HTML) items of one element, each under a title that is all link: a list of posts, products
FEW_CARDS = 3           # or this many when each is a teaser, no longer than CARD_WORDS (a tag's page of four posts, a
CARD_WORDS = 80         # block theme's of three; not an article's "best 4 …", each of its sections under its linked
#                         name). (4 left Twenty Twenty-Four's category of three posts an article; 3 moves no body
#                         over the 3,414 page runs, and names one multilingual brand's category of yoghurts, no
#                         prices on its cards, a listing)
LIST_TITLE_WORDS = 25   # such a title is no longer (a product's name too: longer than a teaser's, context.py's 15)
LINK_TITLE_WORDS = 3    # a title that is a link alone, no heading (a card's "card-title"), has this many words at least
ITEM_TITLE_WORDS = 4    # an archive's item, mostly a link to a post, its date beside it ("20 May 2024 Harbour …")
LINKED = 0.8            # share of a title's characters inside a link
CARDS_OVER_PROSE = 2    # the cards' words against the prose outside them: a listing is its list


def page_type(blocks: Sequence[Block], markup_types: Sequence[str] = (), buy_buttons: int = 0,
              cart_link: bool = False, edit_link: bool = False, post_buttons: int = 0, booking_buttons: int = 0,
              appointment_buttons: int = 0) -> str:
    """One of PAGE_TYPES: the markup's declared type if it has one we know, else what the text shows (and, in
    HTML, the page's buy buttons, which leave no text: `buy_buttons`, and a link to the shop's cart, an icon:
    `cart_link`; a link that edits the page's source, an icon: `edit_link`; its posts' report or quote buttons, which
    leave no text either: `post_buttons`; of its buy buttons, those that book it: `booking_buttons`, and of them
    those that book an appointment or a table: `appointment_buttons`). A
    CollectionPage whose cards name no prices is a listing: SEO plugins declare every category archive one, a blog's
    as a shop's; an ItemList of priced cards is a shop's collection."""
    declared = declared_type(markup_types)
    types = {t.lower() for t in markup_types}
    if declared == "collection" and "collectionpage" in types:
        cards = card_list(blocks)
        if cards and _priced(blocks, cards) < CARDS_MIN:
            return "listing"
    if declared == "listing" and "itemlist" in types:      # (a list of anything: a shop's category of priced cards
        cards = card_list(blocks)                           # declares one too)
        if cards and _shop_cards(blocks, cards, cart_link):
            return "collection"
    if declared == "documentation" and "techarticle" in types:
        cards = card_list(blocks)       # (a documentation site's generator makes its blog too: Docusaurus's index of
        if sum(has_date_shape(blocks[i].text) for i in cards) >= FEW_CARDS:     # posts, each card dated)
            return "listing"
    if declared == "article" and types & MARKUP_TYPES["article"] == {"og:article"}:
        cards = card_list(blocks)       # (og:type "article" alone: SEO plugins give it to a shop's category too,
        if cards and _shop_cards(blocks, cards, cart_link) and _prose_outside(blocks, cards) < CATEGORY_PROSE:
            return "collection"         # and to a business's pages, and boards to their threads: NodeBB's)
        if cards and (types & LIST_TYPES or _dated_teasers(blocks)):
            return "listing"            # (Yoast's CollectionPage of a blog's category, its og:type "article"; or a
            #                             blog's home page of dated posts each with its "Read more", Write.as')
        if _thread(blocks) or post_buttons >= FORUM_MIN:
            return "forum"
        if _services_heading(blocks) or offer_boxes(blocks):
            return "service"
        if edit_link or _edit_link(blocks) or _generated_by(blocks):
            return "documentation"      # (or a documentation engine's credit: "Mogelijk gemaakt door Slab")
    return declared or shown_type(blocks, buy_buttons, cart_link, edit_link, post_buttons, booking_buttons,
                                  appointment_buttons)


LIST_TYPES = MARKUP_TYPES["listing"] | MARKUP_TYPES["collection"]


def _dated_teasers(blocks: Sequence[Block]) -> bool:
    """LISTING_MIN posts' cards or more, each dated and its blurb over its "Read more" (a blog's home page: Write.as's
    "28 novembre 2026" over the blurb, "Lire la suite..." under it, a paragraph between or not); not a story's dated
    sections over its box of other stories, each with its button."""
    buttons = read_more_lines(blocks, titled=True)
    return len(buttons) >= LISTING_MIN and sum(any(0 < k - blurb <= TEASER_REACH for k in buttons)
                                               for blurb in dated_cards(blocks)) >= LISTING_MIN


TEASER_REACH = 3        # blocks from a card's blurb down to its "Read more"


# A business's page of what it offers: its heading "Our services", "Unsere Leistungen", "Nos prestations", "How we
# work", "Cosa facciamo", "I nostri trattamenti" (not in a menu, a footer or a sidebar, where a site lists its pages)
SERVICES = re.compile(r"^\W*(?:our services|services|what we do|how we work|unsere leistungen|leistungen|"
                      # (how it works with them, in each language: "So arbeiten wir", "Come lavoriamo")
                      r"so arbeiten wir|wie wir arbeiten|comment nous travaillons|cómo trabajamos|come lavoriamo|"
                      r"jak pracujemy|hoe (?:wij|we) werken|como trabalhamos|"
                      r"unser angebot|was wir (?:tun|machen)|nos services|nos prestations|prestations|"
                      r"ce que nous faisons|nuestros servicios|servicios|lo que hacemos|qué hacemos|nasze usługi|"
                      r"usługi|co robimy|i nostri servizi|servizi|cosa facciamo|onze diensten|diensten|wat wij doen|"
                      r"wat we doen|nossos serviços|serviços|o que fazemos|"
                      # (what it offers: "What we offer", "Co nabízím"; and Czech's services, "Naše služby")
                      r"what (?:we|i) offer|was wir bieten|ce que nous proposons|lo que ofrecemos|cosa offriamo|"
                      r"co oferujemy|wat (?:wij|we) bieden|o que oferecemos|co nabízím|co nabízíme|naše služby|"
                      # (one person's, in the first person: "Ce que je propose", "Was ich anbiete", "What I do")
                      r"ce que je (?:propose|fais)|was ich (?:anbiete|mache|tue)|lo que (?:ofrezco|hago)|"
                      r"cosa (?:offro|faccio)|co oferuję|co robię|wat ik (?:bied|doe)|o que (?:ofereço|faço)|what i do|"
                      r"služby|co děláme|"
                      # (the South Slavic languages': "Naše storitve", "Naše usluge", "Наше услуге")
                      r"naše storitve|storitve|naše usluge|usluge|наше услуге|нашите услуги|"
                      # (the Nordic and Baltic languages': "Palvelumme", "Våra tjänster", "Meie teenused")
                      r"palvelumme|palvelut|våra tjänster|tjänster|våre tjenester|tjenester|vores ydelser|ydelser|"
                      r"meie teenused|teenused|mūsu pakalpojumi|pakalpojumi|mūsų paslaugos|paslaugos|"
                      # (and the Cyrillic ones': "Наші послуги", "Наши услуги", "Нашите услуги")
                      r"наші послуги|послуги|наши услуги|нашите услуги|услуги|що ми робимо|что мы делаем|"
                      r"как мы работаем|як ми працюємо|что мы предлагаем|що ми пропонуємо|"
                      # (a repairer's: "What we repair", "Що ми ремонтуємо")
                      r"what we repair|was wir reparieren|ce que nous réparons|lo que reparamos|cosa ripariamo|"
                      r"co naprawiamy|wat (?:wij|we) repareren|o que reparamos|що ми ремонтуємо|что мы ремонтируем|"
                      # (and those of the Middle East, the Balkans, Asia: "خدماتنا", "Hizmetlerimiz", "Οι υπηρεσίες
                      # μας", "Serviciile noastre", "Szolgáltatásaink", "Layanan kami", "Dịch vụ của chúng tôi",
                      # "サービス内容", "서비스 안내", "服务项目")
                      r"خدماتنا|خدمات|ماذا نقدم|ما نقدمه|השירותים שלנו|שירותים|hizmetlerimiz|hizmetler|"
                      r"οι υπηρεσίες μας|υπηρεσίες|serviciile noastre|servicii|szolgáltatásaink|szolgáltatások|"
                      r"layanan kami|layanan|dịch vụ của chúng tôi|dịch vụ|บริการของเรา|บริการ|"
                      r"サービス内容|サービス一覧|事業内容|서비스 안내|서비스 소개|우리의 서비스|"
                      r"服务项目|我们的服务|服務項目|我們的服務|"
                      # (a practice's, a salon's: "Our treatments", "I nostri trattamenti")
                      r"our treatments|treatments|unsere behandlungen|behandlungen|nos soins|nos traitements|"
                      r"nuestros tratamientos|tratamientos|i nostri trattamenti|trattamenti|nasze zabiegi|zabiegi|"
                      r"onze behandelingen|behandelingen|nossos tratamentos|tratamentos|"
                      # (one person's: "My services", "Mes formules"; packages, a photographer's, a coach's)
                      r"my services|meine leistungen|mes services|mes prestations|mis servicios|i miei servizi|"
                      r"moje usługi|mijn diensten|meus serviços|our packages|my packages|packages|unsere pakete|pakete|"
                      r"meine pakete|"
                      r"nos formules|mes formules|formules|nuestros paquetes|le nostre formule|nasze pakiety|"
                      r"onze pakketten|nossos pacotes|"
                      # (a school's or a studio's: "Unsere Kurse", "Our classes")
                      r"our (?:courses|classes)|unsere kurse|kursangebot|nos cours|nuestros cursos|nuestras clases|"
                      r"i nostri corsi|nasze kursy|onze cursussen|onze lessen|nossos cursos|nossas aulas|"
                      # (Polish's classes: "Nasze zajęcia", a swimming school's; "Oferta zajęć")
                      r"nasze zajęcia|oferta zajęć|"
                      # (Turkish: "Derslerimiz", our classes; "Kurslarımız", our courses)
                      r"derslerimiz|kurslarımız|eğitimlerimiz|"
                      # (a law firm's or a consultancy's fields: "Practice areas", "Çalışma Alanlarımız", Themify's)
                      r"(?:our )?practice areas|areas of (?:practice|expertise)|tätigkeitsbereiche|rechtsgebiete|"
                      r"domaines d'(?:intervention|expertise)|domaines de compétence|áreas de (?:práctica|actuación)|"
                      r"aree di (?:attività|pratica)|obszary (?:praktyki|specjalizacji)|rechtsgebieden|"
                      r"áreas de atuação|çalışma alanlarımız|çalışma alanları|uzmanlık alanlarımız|"
                      # (Korean, Japanese, Chinese: "수업 안내", the classes' guide; "프로그램 안내", "コース紹介", "课程介绍")
                      r"수업 ?안내|수업 ?소개|강좌 ?안내|클래스 ?안내|클래스 ?소개|프로그램 ?안내|프로그램 ?소개|"
                      r"レッスン内容|コース紹介|コース一覧|クラス紹介|课程介绍|課程介紹|课程安排|課程安排|"
                      # (a course's: "What you'll learn", Teachable's schools')
                      r"what you(?:'ll|’ll| will) learn|was du lernst|was sie lernen|"
                      r"ce que vous (?:allez )?apprendre[zs]?|"
                      r"lo que aprenderás|cosa imparerai|czego się nauczysz|wat je leert|o que você vai aprender|"
                      # (what it offers beside what it costs: "Serviços e preços", "Leistungen und Preise")
                      r"(?:services?|leistungen|prestations|servicios|servizi|usługi|diensten|serviços)\s+"
                      r"(?:and|&|und|et|y|e|i|en)\s+(?:prices|pricing|preise|tarifs|prix|precios|tarifas|prezzi|"
                      r"tariffe|ceny|cennik|prijzen|tarieven|preços)|"
                      # (its treatments and services: "Behandlungen und Leistungen", a practice's on Doctolib)
                      r"(?:treatments|behandlungen|soins|tratamientos|trattamenti|zabiegi|behandelingen|tratamentos)"
                      r"\s+(?:and|&|und|et|y|e|i|en)\s+(?:services|leistungen|prestations|servicios|servizi|usługi|"
                      r"diensten|serviços))"
                      # ("What we do for you", "Wat wij voor u doen": the reader named)
                      r"(?:\s+(?:for you|für sie|für dich|pour vous|por (?:ti|usted|vosotros)|para (?:ti|usted|você)|"
                      r"per (?:te|voi)|dla (?:ciebie|was)|por você|voor (?:u|jou)))?\W*$"
                      r"|^\W*(?:wat (?:wij|we) voor (?:u|jou) doen|was wir für (?:sie|dich) tun|"
                      # (what it can do for the reader: "Co dla Ciebie zrobimy", "What we can do for you")
                      r"co (?:dla (?:ciebie|was) )?(?:zrobimy|możemy (?:dla (?:ciebie|was) )?zrobić)"
                      r"(?: dla (?:ciebie|was))?|"
                      r"what we can do(?: for you)?|was wir für (?:sie|dich) tun können|"
                      r"ce que nous pouvons faire(?: pour vous)?|lo que podemos hacer(?: por (?:ti|usted))?|"
                      r"cosa possiamo fare(?: per (?:te|voi))?|wat (?:wij|we) voor (?:u|jou) kunnen doen|"
                      r"o que podemos fazer(?: por você)?|"
                      # (Czech's and Slovak's: "Co pro vás uděláme", "Čo pre vás urobíme")
                      r"co pro vás (?:uděláme|děláme|můžeme udělat)|čo pre vás (?:urobíme|robíme|môžeme urobiť)|"
                      # (what it can help with: "Det kan jeg hjælpe med", "How we can help")
                      r"det kan (?:jeg|vi) hjælpe (?:dig )?med|det kan (?:jeg|vi) hjelpe (?:deg )?med|"
                      r"det kan (?:jag|vi) hjälpa (?:dig )?(?:till )?med|how (?:we|i) can help(?: you)?|"
                      r"wobei (?:wir|ich) (?:ihnen|dir) helfen(?: können| kann)?)\W*$",
                      re.I)
FRAME_MARKS = frozenset({"<nav>", "<footer>", "<aside>", "<header>"})
HEADER_MARK = frozenset({"<header>"})
LINK_FRAMES = frozenset({"<nav>", "<footer>"})      # (HTML) the elements of a page's menus of links


# A documentation site's link to the page's source: "Edit this page on GitHub", "Suggest edits", "View page source"
# (alone, or among the page's other links: Docsy's "View page source Edit this page Create child page …"; the PHP
# manual's "Submit a Pull Request Report a Bug")
EDIT_LINK = re.compile(r"(?<!\w)(?:edit this page|edit on github|edit on gitlab|edit page|suggest edits?|"
                       r"suggest (?:a )?changes?|"         # (Unity's manuals: "Suggest a change")
                       r"submit a pull request|improve this page|"
                       r"view page source|suggest an edit|diese seite bearbeiten|seite bearbeiten|modifier cette page|"
                       r"editar esta página|edytuj tę stronę|"
                       r"(?:bearbeiten|modifier|editar|edytuj|bewerken|bewerk|modifica)\s+(?:auf|sur|en|na|op|no|su)\s+"
                       r"git(?:hub|lab)|(?:auf|sur|en|na|op|no|su)\s+git(?:hub|lab)\s+(?:bearbeiten|bewerken)|"
                       # (Chinese and Japanese: "在 GitHub 上编辑此页", dumi's; "编辑此页", "このページを編集")
                       r"在\s?git(?:hub|lab)\s?上编辑此页|在\s?git(?:hub|lab)\s?上編輯此頁|编辑此页|編輯此頁|"
                       r"このページを編集|git(?:hub|lab)\s?で編集)(?!\w)",
                       re.I)
EDIT_LINE_CHARS = 200


# (HTML) the class words of the element that holds a documentation page's title: "documentation-topic" (DocC's),
# BetterDocs' "betterdocs-content-area", Storybook's "sbdocs sbdocs-title" (not "docs": the U.S. government's design
# system lays any page of text out in "usa-layout-docs"); and the DITA Open Toolkit's class of a topic's title,
# "topictitle1" (AWS's docs write "topictitle"), which manuals written as DITA topics carry
DOCS_TOKENS = frozenset({"documentation", "betterdocs", "wedocs", "sbdocs", "topictitle", "topictitle1"})


# (HTML) the class words of an object's signature as Sphinx marks it up in any of its domains ("sig sig-object py",
# a Python function's; a C++ class's): an API's reference, however terse (DevDocs' copy of Python's, one function)
SIGNATURE_TOKENS = frozenset({"sig", "object"})
# or of an item's doc comment, its text ("docs-comment", Elm's package site's; a reader's comment is never "docs")
DOC_COMMENT_TOKENS = frozenset({"docs", "comment"})


def _docs_frame(blocks: Sequence[Block]) -> bool:
    """(HTML) The page's <h1> stands in an element whose class calls it documentation (the page's own, the one
    <h1>; not a site's whose sidebar or footer links to its docs)."""
    h1 = [b for b in blocks if b.kind == "heading" and b.level == 1]
    return len(h1) == 1 and not DOCS_TOKENS.isdisjoint(h1[0].tokens)


def _edit_link(blocks: Sequence[Block]) -> bool:
    """(HTML: a line mostly links that holds it; text: a line that opens with it, an icon or a mark before it or
    not, "📝 Edit this page on GitHub", Rspress's, or with the page's date before it: "Nov 27, 2026 Edit on GitHub",
    Daux's)"""
    return any(len(b.text) < EDIT_LINE_CHARS and ((m := EDIT_LINK.search(b.text)) is not None)
               and (b.link_chars >= len(b.text) / 2 if b.tag else _before_edit_link(b.text[:m.start()]))
               for b in blocks)


def _before_edit_link(before: str) -> bool:
    return not any(c.isalnum() for c in before) or _a_date_alone(before)


DATE_WORDS = 4          # a date alone is this short ("Nov 27, 2026", "27. November 2026")


def _a_date_alone(text: str) -> bool:
    return len(words(text)) <= DATE_WORDS and has_date_shape(text)


# An API reference's endpoint: its HTTP method and its URL ("POST https://api.example.com/v2/shipments", ReadMe's
# "post" and URL side by side with no space between, "GET /v1/users/{id}")
ENDPOINT = re.compile(r"^(?:get|post|put|patch|delete)\s*(?:https?://|/)\S+$", re.I)


# or its footer naming the generator that made it: "Generated using TypeDoc", "Generated by Doxygen 1.9.8", after
# the project's copyright or not ("© 2026 Lantern contributors Generated by dokka")
# (the holder's name may hold its abbreviation's dots, "S.L.", and a bar or a dot part it from the credit, "… S.L. ·
# Publicado con Paligo")
COPYRIGHT_BEFORE = r"(?:©|\(c\)|copyright\b)(?:[^.|·©]|\.(?=\w)){0,80}?(?:\.?\s*[|·]|[.|·])?\s+"
DOC_GENERATORS = (r"(?:typedoc|doxygen|javadoc|jsdoc|sphinx|mkdocs|docusaurus|rustdoc|pdoc|pydoctor|epydoc|yard|rdoc|"
                  r"doctum|sami|apigen|phpdocumentor|"       # (PHP's: "Generated by Doctum, a API Documentation …")
                  r"couscous|dendron|paligo|"       # (PHP projects' Markdown docs: "Propulsé par Couscous"; a
                  #                                   team's notes: "Published with Dendron"; a component CMS's
                  #                                   help, "Publicado con Paligo")
                  r"hedgedoc|codimd|hackmd|"        # (a team's shared notes: "Opublikowano z HedgeDoc")
                  r"ldoc|luadoc|dox|jazzy|compodoc|"  # (Lua's: "generated by LDoc 1.5.0"; Haxe's: "… generated with
                  #                                   dox"; Swift's: "Generated by jazzy ♪♫ v0.14.4"; Angular's
                  #                                   Compodoc)
                  r"edoc|apidoc|dokka|docfx|documenter|natural ?docs|"    # ("Generated by Natural Docs")
                  r"ex_?doc|haddock|scaladoc|dartdoc|godoc|"      # (Elixir's "Built using ExDoc (v0.34.2) for …")
                  r"codox|aglio|dumi|"              # (Clojure's "Generated by Codox"; "Generated by aglio on …";
                  #                                   "Powered by dumi", React components' docs)
                  r"wiki\.js|dokuwiki|mediawiki|bookstack|xwiki|outline|"  # (and the wikis' engines: "Powered by
                  r"moinmoin|tiki wiki(?: cms groupware)?|"         # Wiki.js", "Built with Outline";
                  #                                                   "Propulsé par Tiki Wiki CMS Groupware")
                  r"obsidian publish|docmost|quartz(?=\s+v?\d|\s*(?:©|$))|"   # (and a vault of notes':
                  #                                   "Powered by Obsidian Publish", "Created with Quartz v4.4.0", its
                  #                                   version or its line's end after it, not a stone's; a team's
                  #                                   wiki's: "Powered by Docmost")
                  r"redocly|redoc|stoplight|"                       # (and API references': "API docs by Redocly")
                  r"document360|helpjuice|help ?scout|freshdesk|zendesk|zoho desk|helpdocs|knowledgeowl|"
                  #                                   (and knowledge bases': "Powered by Document360", "Powered by Help
                  #                                   Scout", "Propulsé par Zoho Desk")
                  r"clickhelp|paligo|helpndoc|robohelp|"    # (and help authoring tools': "Powered by ClickHelp")
                  r"archbee|gitbook|mintlify|slab|nuclino|docsie|tettra|slite|"     # (and hosted docs':
                  #                                   "Docs powered by Archbee", Docsie's "Powered by Docsie",
                  #                                   "Powered by GitBook"; teams' wikis', "Mogelijk gemaakt door Slab",
                  #                                   "Erstellt mit Nuclino")
                  r"bookdown|honkit|"               # (and books': "Published with bookdown")
                  r"doks|adidoks|"                  # (and docs themes': "Powered by Netlify, Hugo, and Doks")
                  r"postman|zudoku|"                # (and API documenters': Postman's "Powered by Postman", Zudoku's)
                  r"<?oxygen/?>?\s?(?:xml\s)?webhelp|"    # (and DITA's and DocBook's help sites: "Generated by
                  #                                   <oXygen/> XML WebHelp")
                  r"myst|jupyter[- ]book)")         # (and MyST's books: "Built with Jupyter Book")
GENERATED_BY = re.compile(rf"^(?:{COPYRIGHT_BEFORE})?(?:(?:documentation|docs|knowledge base software)\s+)?"
                          rf"(?:(?:generated|built|created|published|produced)\s+(?:using|by|with)|powered by|"
                          rf"publicado con|publié avec|veröffentlicht mit|opublikowano z|pubblicato con|"
                          rf"gepubliceerd met|"
                          # (Sphinx's credit in the page's language: "Compilé avec Sphinx en utilisant un thème …",
                          # "Erstellt mit Sphinx", "Construido con Sphinx", "Generato con", "Zbudowano przy użyciu")
                          rf"compilé avec|généré (?:avec|par)|construit avec|erstellt mit|generiert (?:mit|von)|"
                          rf"construido con|generado (?:con|por)|generato con|creato con|zbudowano (?:przy użyciu|z)|"
                          # (Portuguese's: "Criado usando Sphinx 8.1.3 com o tema Awesome Theme")
                          rf"criado (?:usando|com)|constru[ií]do (?:usando|com)|gerado (?:com|por|usando)|"
                          rf"(?:api\s+)?docs\s+by|"
                          rf"propulsé par|betrieben mit|bereitgestellt von|desarrollado con|realizzato con|"
                          rf"obsługiwane przez|mogelijk gemaakt door)"
                          rf"\s+(?:[\w.]+,?\s+){{0,3}}(?:and\s+|und\s+|et\s+|y\s+)?"
                          rf"{DOC_GENERATORS}(?!\w)"
                          # (or the engine's name and its version alone, a wiki's footer: "XWiki 16.10.2"; or its
                          # name before "Powered", MoinMoin's badge: "MoinMoin Powered")
                          rf"|^{DOC_GENERATORS}\s+v?\d+\.\d+\.\d+$|^{DOC_GENERATORS}\s+powered$"
                          # (or MyST's own credit, "Made with MyST": "made with" alone credits a blog's theme too,
                          # "Made with Material for MkDocs"; or a published Coda doc's badge, "Made with Coda")
                          r"|^made with (?:myst|jupyter[- ]book|coda)$", re.I)


# An API reference's member, its signature on a line of its own: "public boolean shouldRetry (Response response, int
# attempt)", "pub fn push(&mut self, value: T) -> Option<T>", "bool try_push (const T &value) noexcept": a name, its
# parameters in parentheses, the words of a type or a keyword around them (not a sentence's "Paris (AFP)")
SIGNATURE = re.compile(r"^((?:[\w:<>,\[\]&*~.]+ ){0,5}?)([A-Za-z_][\w:<>,.]*?)\s?(<[\w\s,:]*>\s?)?"
                       r"\(((?:[^()]|\([^()]*\))*)\)[^.!?;]*$")     # (a parameter's type may hold "()": "() -> T")
# (a type's "RingBuffer < T, N >" as a renderer spaced it; the spaces before a mark tried once per run of them, at its
# start, not again from each space inside it: "\s*([<>,])" alone is quadratic on a long run with no mark after it)
ANGLES = re.compile(r"(?:(?<!\s)\s+)?([<>,])\s*")
MARKER = re.compile(r"^[^\w&*(]+")              # (Doxygen's "◆" before a member's name)
SIGNATURE_CHARS = 160
KEYWORD = re.compile(r"^(?:pub|fn|def|func|function|public|private|protected|static|void|bool|boolean|int|const|async|"
                     r"final|impl|abstract|virtual|override)\b")
CODE_NAME = re.compile(r"_|^[a-z]+[A-Z]")                       # snake_case, camelCase
C_PARAMETER = re.compile(r"(?:^|[\s(,])[&*]\w|\b(?:int|bool|boolean|long|double|float|char|string|usize|self|const)\b")
TYPED_PARAMETER = re.compile(r"^\s*[a-z_]\w*\??:\s?[\w\[\]<>|.&]+(?:\s?=\s?\S+)?\s*$")     # "capacity: usize"
NAMES = re.compile(r"^\s*(?:\w+\s*(?:,\s*\w+\s*)*)?$")     # "fn, waitMs", or nothing
# a parameter with its default value, or a name alone, or Python's "*" and "/" markers: "limit_czasu = 5.0", "*args"
DEFAULT_PARAMETER = re.compile(r"^\s*(?:\*{0,2}[a-z_]\w*(?:\s?=\s?[^=\s][^=]*)?|[*/])\s*$")


def signature(text: str) -> int:
    """How surely the line is a member's signature alone: 2 when a name and its parameters in parentheses come
    with a code's own marks (a keyword first, a type's "::", an arrow, "<T>", typed parameters: "int attempt",
    "&value", "capacity: usize" after a keyword or none); 1 for a "snake_case" or "camelCase" name over names or
    nothing ("try_pop()"); 0 for a sentence's "Mount Fuji (Lake Kawaguchi)" or a statement ending in ";"."""
    if len(text) > SIGNATURE_CHARS:
        return 0
    if (DECLARATION.match(t := text.strip()) and " : " in t or ANNOTATION.match(t)) and ("->" in t or "→" in t) \
            and not ends_sentence(t):
        return 2        # (a value's type after its name: OCaml's "val run : policy -> …", Elm's "field : String ->
        #                 Decoder a -> Decoder a", Haskell's "lookup :: Eq a => a -> [(a, b)] -> Maybe b")
    if " :: " in text and ANNOTATION.match(t) and not ends_sentence(t):
        return 2        # (or a value's type alone after Haskell's or PureScript's "::", "defaultPolicy :: RetryPolicy")
    if "(" not in text:
        return 0
    m = SIGNATURE.match(ANGLES.sub(r"\1", MARKER.sub("", text.strip())))
    if m is None:
        return 0
    prefix, name, generic, params = m.groups()
    keyword = KEYWORD.match(prefix or name) is not None
    if "::" in text or "->" in text or "=>" in text or generic or keyword or C_PARAMETER.search(params) \
            or (not prefix or keyword) and params.strip() and all(TYPED_PARAMETER.match(p) for p in params.split(",")) \
            or "=" in params and all(DEFAULT_PARAMETER.match(p) for p in params.split(",")) and not ends_sentence(text):
        return 2        # (or Python's, a parameter's default value among them: "pogodynka.polacz(adres=None, …)")
    return 1 if CODE_NAME.search(name) and NAMES.match(params) else 0


# a function's name and its type's annotation after a colon (spaced or not, as scrapers leave it), the type
# named with a capital (Elm's, Haskell's "::"), its type variables quantified first or not (PureScript's "retrying ::
# forall a. RetryPolicy -> Aff a -> Aff a")
ANNOTATION = re.compile(r"^[a-z_][\w']*\s?::?\s(?:forall(?:\s[a-z]\w{0,20}){1,5}\.\s)?[(\[]?[A-Z]")
# a member's declaration: its keyword and its name ("func New", "type Limiter", "func (*Limiter) Allow", "class
# RetryPolicy", OCaml's "val run : …")
DECLARATION = re.compile(r"^(?:func|type|class|struct|enum|trait|interface|def|fn|const|var|val|module|package|impl|"
                         r"macro|method|function|property)\s+\S")


def _api_reference(blocks: Sequence[Block]) -> bool:
    """CODE_MIN members' signatures on lines of their own, one of them sure: an API reference (not a post that names
    a few functions, "detect_paywall()")."""
    sure = [signature(b.text) for b in blocks]
    return sum(1 for s in sure if s) >= CODE_MIN and 2 in sure


# a manual page's sections, as man(7) and Perl's POD lay them out: "NAME" (the program's name and what it does), then
# "SYNOPSIS" (how it is called), each a line of its own
MANUAL_SECTIONS = (("name", "synopsis"), ("synopsis", "options"))
MANUAL_SECTION_CHARS = max(len(h) for pair in MANUAL_SECTIONS for h in pair) + 2     # (a line that long at most may
#                                                                                      be one: its spaces)


def _manual_page(blocks: Sequence[Block]) -> bool:
    """A manual page: its "NAME" section, then its "SYNOPSIS", each a heading or a line alone; or its "SYNOPSIS",
    then its "OPTIONS" (pandoc's from a man page's Markdown, its name in the title block)."""
    heads = [b.text.strip().lower() for b in blocks if len(b.text) <= MANUAL_SECTION_CHARS]
    return any(first in heads and then in heads[heads.index(first):] for first, then in MANUAL_SECTIONS)


# an API reference's sections of a class's members, each a heading or a line alone: its constructors, then its
# properties, methods, operators or fields (Dartdoc's, Dokka's, TypeDoc's "Constructors" / "Properties" / "Methods",
# Javadoc's "Constructor Summary" / "Method Summary"; Crystal's and YARD's "Instance Method Summary"; YUIDoc's one
# "Constructor" / "Methods"; not a paper's "Methods" alone)
CONSTRUCTORS = frozenset({"constructors", "constructor", "constructor summary", "constructor details",
                          "constructor detail"})
MEMBER_SECTIONS = frozenset({"properties", "methods", "functions", "operators", "fields", "method summary",
                             "field summary", "property summary", "method details", "method detail",
                             "instance method summary", "class method summary", "instance method detail",
                             "instance method details", "class method detail", "class method details"})
# or a member's own sections: its syntax, then its parameters, what it returns or throws (Sandcastle's, Microsoft's
# and MDN's "Syntax" / "Parameters" / "Return value" / "Exceptions")
SYNTAX = frozenset({"syntax", "signature"})     # (or its signature: deno doc's and JSR's "Signature" / "Parameters"
#                                                 / "Return Type" / "Throws")
SYNTAX_SECTIONS = frozenset({"parameters", "return value", "returns", "exceptions", "property value", "return type",
                             "throws"})
# or a class's summaries of its members, then their description (Doxygen's and QDoc's "Public Functions" /
# "Detailed Description")
SUMMARIES = frozenset({"public functions", "public member functions", "public types", "public slots", "signals",
                       "static public members", "static public member functions", "public attributes",
                       "protected functions", "protected member functions"})
DETAILS = frozenset({"detailed description", "member function documentation", "property documentation"})
# or a function's help page: its usage, then its arguments or its value (R's "Usage" / "Arguments" / "Value")
USAGE = frozenset({"usage"})
USAGE_SECTIONS = frozenset({"arguments", "value"})
# or a type's implementations, then the traits it implements (rustdoc's "Implementations" / "Trait Implementations" /
# "Auto Trait Implementations" / "Blanket Implementations")
IMPLEMENTATIONS = frozenset({"implementations"})
TRAIT_SECTIONS = frozenset({"trait implementations", "auto trait implementations", "blanket implementations"})
# or a function's parameters, then what it returns (cppreference's "Parameters" / "Return value" / "Complexity", in
# each of its languages: "Parámetros" / "Valor de retorno", "Paramètres" / "Valeur de retour")
PARAMETERS = frozenset({"parameters", "parámetros", "paramètres", "parameter", "parametri", "parametry",
                        "parâmetros", "параметры", "параметри", "引数", "参数", "參數"})
RETURNS = frozenset({"return value", "valor de retorno", "valeur de retour", "valeur renvoyée", "rückgabewert",
                     "valore restituito", "valore di ritorno", "wartość zwracana", "valor retornado",
                     "возвращаемое значение", "значення, що повертається", "戻り値", "返回值", "傳回值"})
MEMBER_SECTION_CHARS = max(map(len, CONSTRUCTORS | MEMBER_SECTIONS | SYNTAX_SECTIONS | SUMMARIES | DETAILS
                               | TRAIT_SECTIONS | PARAMETERS | RETURNS))


def _member_sections(blocks: Sequence[Block]) -> bool:
    """The page's constructors' section, and one of its other members' after it; or a member's syntax, and its
    parameters, return value or exceptions after it; or its parameters and its return value; or a class's summary of
    its members, and their detailed description after it (a line of a block too: a scraper's lines split at every
    element, joined again); or a function's usage, and its arguments or value after it, as headings (R's help pages;
    not scraped text's lines: such a terse page keeps more of itself read as an article)."""
    # (a heading's permalink mark after it, "Implementations §", as scrapers keep it)
    heads = [line.strip().rstrip("§¶ ").lower() for b in blocks for line in b.text.split("\n")
             if len(line) <= MEMBER_SECTION_CHARS + 2]
    titled = [b.text.strip().lower() for b in blocks if b.kind == "heading"]
    for first, then, among in ((CONSTRUCTORS, MEMBER_SECTIONS, heads), (SYNTAX, SYNTAX_SECTIONS, heads),
                               (SUMMARIES, DETAILS, heads), (USAGE, USAGE_SECTIONS, titled),
                               (IMPLEMENTATIONS, TRAIT_SECTIONS, heads), (PARAMETERS, RETURNS, heads)):
        at = next((i for i, h in enumerate(among) if h in first), None)
        if at is not None and any(h in then for h in among[at + 1:]):
            return True
    return False


# a Go package's documentation: its clause, then the line that imports it ("package retry" / 'import
# "github.com/tidewater/retry"', godoc's and pkg.go.dev's), a line or two apart
GO_PACKAGE = re.compile(r"^package [a-z_][a-z0-9_]*$")
GO_IMPORT = re.compile(r'^import "[\w.~/-]+"$')
GO_IMPORT_REACH = 3


def _go_package(blocks: Sequence[Block]) -> bool:
    return any(GO_PACKAGE.match(b.text.strip()) and any(GO_IMPORT.match(c.text.strip())
                                                        for c in blocks[b.index + 1:b.index + 1 + GO_IMPORT_REACH])
               for b in blocks if len(b.text) < SHORT_CHARS)


GENERATED_OPENINGS = frozenset("GgBbCcDdPpRrOoAaTtJjSsMmYyWwXxEeHhZzKk©(")     # (the credits' first letters,
#                                                                                 the engines')


def _generated_by(blocks: Sequence[Block]) -> bool:
    return any(generated_by(b.text) for b in blocks)


def generated_by(text: str) -> bool:
    """A documentation generator's credit (it may go on with when it was made: JSDoc's "Documentation generated by
    JSDoc 4.3.2 on Sun Mar 08 2026 10:14:02 GMT+0100 (Central European Standard Time)")."""
    if len(text) >= EDIT_LINE_CHARS:
        return False
    return text[:1] in GENERATED_OPENINGS and GENERATED_BY.match(text.strip()) is not None \
        or "owered by" in text and NAMED_CREDIT.match(text.strip()) is not None


# or the site's name before its engine's credit on a line, the header's: "IT Handbook Powered by Docmost" (four words
# at most before it, as COMMUNITY_CREDIT reads a community's)
# (the site's name, four words at most, as before a community's credit too: COMMUNITY_CREDIT)
_SITE_NAME = r"[^\W\d][^.!?|:\s]*(?:\s[^.!?|:\s]+){0,3}"
NAMED_CREDIT = re.compile(rf"^{_SITE_NAME}\s+powered by\s+{DOC_GENERATORS}$", re.I)


# a notes graph's page, the other pages that link to it or name it under it: "2 Linked References", "Unlinked
# References" (Logseq's, Roam's), in the languages they are shown in; or a notes tree's, its children's links under
# it: "Child notes:" (Trilium's shared note)
BACKLINKS = re.compile(r"^(?:child notes:?|podřízené poznámky|untergeordnete notizen|notes enfants|notas hijas|"
                       r"note figlie|\d{1,4}\s(?:linked references?|verknüpfte referenzen|références liées|"
                       r"referencias vinculadas|riferimenti collegati|referências vinculadas|hivatkozás)|"
                       r"unlinked references?|"
                       r"nicht verknüpfte referenzen|références non liées|referencias no vinculadas|"
                       r"riferimenti non collegati|referências não vinculadas|nem hivatkozott említések|"
                       r"未链接的引用|リンクされていない参照)$", re.I)
# a wiki page's link to its revisions, a line of its own: "Page history" (PBworks'), "View history", "Old revisions";
# or after its last edit on the page's line of facts ("Fume cupboard last edited by Mr Patel 2 years ago Page history")
FACTS_CHARS = 160       # (such a line of facts is this short)
WIKI_HISTORY = re.compile(r"^(?:[^\n]{0,80}?\blast edited by\s[^\n]{0,60}?\s)?"
                          r"(?:page history|view history|old revisions|versionsgeschichte|ältere versionen|"
                          r"historique de la page|historial de la página|cronologia della pagina|"
                          r"historia strony|paginageschiedenis|histórico da página)$", re.I)
# A DITA topic's link to the topic it belongs to, which the DITA Open Toolkit writes under every topic of a manual
# in the manual's language: "Parent topic: Maintenance", "Übergeordnetes Thema: Wartung", "親トピック: 保守"
# (its link on the line under it or not: soup's)
PARENT_TOPIC = re.compile(r"^(?:parent topic|übergeordnetes thema|rubrique parent|bovenliggend onderwerp|tópico pai|"
                          r"tema padre|tema principal|argomento padre|親トピック|父主题|父主題)\s?[:：](?:\s?\S|$)", re.I)


def _endpoint(blocks: Sequence[Block]) -> bool:
    """An API's endpoint, its method and its address on a line ("GET /v1/orders"), or the method alone on its line
    and the address a line or two under it, its name between them or not (Postman's documenter: "GET" / "List
    orders" / "https://api.…/v1/orders")."""
    return any(len(b.text) < EDIT_LINE_CHARS and ENDPOINT.match(b.text.strip()) for b in blocks) \
        or any(METHOD.match(b.text.strip()) and any(_address_line(c.text)
                                                     for c in blocks[b.index + 1:b.index + 1 + METHOD_REACH])
               for b in blocks if len(b.text) <= METHOD_CHARS)


def _address_line(text: str) -> bool:
    """An endpoint's address alone on its line, or after its short name ("List orders https://…/v1/orders")."""
    m = ENDPOINT_ADDRESS.search(text) if len(text) < EDIT_LINE_CHARS else None
    return m is not None and len(words(text[:m.start()])) <= METHOD_NAME_WORDS \
        and not any(c in text[:m.start()] for c in ".!?:")


METHOD = re.compile(r"^(?:GET|POST|PUT|PATCH|DELETE)$")
ENDPOINT_ADDRESS = re.compile(r"(?:^|\s)(?:https?://|/)\S+$")    # (its name glued before it, as soup joins them)
METHOD_REACH = 2
METHOD_CHARS = 6
METHOD_NAME_WORDS = 4


def _under_services(blocks: Sequence[Block], cards: frozenset[int]) -> bool:
    """The cards all stand under a heading of the business's services."""
    first = next((b.index for b in blocks if services_heading(blocks, b.index)), None)
    return first is not None and first < min(cards)


def _services_heading(blocks: Sequence[Block]) -> bool:
    """(outside menus, footers and sidebars: a class word that frames the page, as a page builder calls every
    element a "widget", does not count; the page's <h1> may stand in its content's <header>, Adobe Portfolio's)"""
    headings = [b for b in blocks if services_heading(blocks, b.index) and (
        FRAME_MARKS.isdisjoint(b.tokens) or b.level == 1 and b.tokens & FRAME_MARKS == HEADER_MARK)]
    if not headings:
        return False
    total, per = prose_by(blocks, [b.tokens & ANY_BOILERPLATE for b in blocks])
    frame = {k for k, w in per.items() if w >= WRAPPER_SHARE * total}   # (however short the page's prose: a
    return any(b.tokens & ANY_BOILERPLATE <= frame for b in headings)  # one-page site's of four short sections)


SENTENCE_WORDS = 6      # (text) a line of prose near a heading's line is a sentence this long


def services_heading(blocks: Sequence[Block], i: int) -> bool:
    """Block i is the heading of what a business offers: (HTML) a heading, (text) a line that stands as a section's
    heading, not a menu's item: after a sentence (a button between them, "Erstgespräch vereinbaren", and the phone
    number's, or none), or at the top, or the page's title shown under the menu ("Diensten – Hoveniersbedrijf De
    Linde" / … / "Diensten"), and a sentence among the two lines under it (a service's name, then what it is; an
    icon alone on its line, "🧮", not counted)."""
    b = blocks[i]
    if len(b.text) >= SHORT_CHARS or not SERVICES.match(b.text):
        return False
    if b.kind == "heading" or b.tag:
        return b.kind == "heading"

    def sentence(b: Block) -> bool:     # (its price after it: "… e aperto de todas as peças. R$ 150")
        return word_count(b.text) >= SENTENCE_WORDS and (ends_sentence(b.text) or ends_sentence(_before_price(b.text)))

    def point(b: Block) -> bool:        # (or a list's point with no full stop: "Creare e mantenere un lievito madre
        return word_count(b.text) >= SENTENCE_WORDS and stop_density(b.text) >= PROSE_MIN_STOP     # in coltura
    #                                     liquida", under "Cosa imparerai": both lines under it so)
    under = [b for b in blocks[i + 1:i + 1 + 2 * SERVICE_LINES] if LETTER.search(b.text)][:SERVICE_LINES]
    over = i - 1
    while over > 0 and PHONE_ALONE.match(blocks[over].text):
        over -= 1       # (past the phone number's button: "Request Service" / "(937) 555-0142")
    return (i == 0 or any(sentence(b) for b in blocks[max(0, over - 1):over + 1])
            or fold(title_head(blocks[0].text)) == fold(b.text) or _tab_over(blocks[i - 1].text, b.text)) \
        and (any(sentence(b) for b in under) or len(under) == SERVICE_LINES and all(map(point, under)))


TAB_WORDS = 6           # (text) a row of a page's tabs is this short


def _tab_over(row: str, heading: str) -> bool:
    """The line is a row of the page's tabs, or its menu's links, one of them the heading under it ("Services
    Reviews About" over "Services", Setmore's booking page)."""
    return word_count(row) <= TAB_WORDS and not ends_sentence(row) and fold(heading) in fold(row).split()


SERVICE_LINES = 2       # (text) lines under a services heading where its first service's sentence stands
# (text) a phone number alone on its line, a business's button to call it: "(937) 555-0142", "+49 30 1234567", its
# verb before it or not ("Call 03 544 1234", "Anrufen: 030 1234567", "Appelez le 01 23 45 67 89")
PHONE_ALONE = re.compile(r"^(?:(?:call(?: us)?(?: on| at)?|ring(?: us)?(?: on)?|anrufen|rufen sie an|appelez(?:-nous)?"
                         r"(?: le| au)?|appeler|llámanos(?: al)?|llamar|chiamaci(?: al)?|chiama|zadzwoń|bel(?: ons)?|"
                         r"ligue(?: para)?|ring oss|ring til os|soita)\s?:?\s)?\+?\(?(?:\d[\s().-]{0,2}){7,15}$",
                         re.I)


def title_head(title: str) -> str:
    """The <title>'s words before the site's name, however short ("Diensten" of "Diensten – Hoveniersbedrijf De
    Linde"); nothing for a first line with no site's name after a joint (a menu's first item)."""
    m = SITE_SUFFIX.search(title)
    return title[:m.start()] if m else ""


CURRENCY_LETTERS = re.compile(r"\s[A-Z]{1,3}$")      # ("R" of "R$ 150", "US" of "US$ 20", once the price is out)


def _before_price(text: str) -> str:
    """The line without the prices in it and a currency's letters left at its end."""
    return CURRENCY_LETTERS.sub("", PRICE.sub("", text).rstrip())


CATEGORY_PROSE = 200    # words of prose outside a shop's priced cards at most: its category's description


def declared_type(markup_types: Sequence[str]) -> str | None:
    declared = {t.lower() for t in markup_types}
    return next((kind for kind in MARKUP_ORDER if declared & MARKUP_TYPES[kind]), None)


def _buy_and_buttons(text: str) -> bool:
    """The buy button first, then the shop's other buttons beside it on the line: "Læg i kurv Sammenlign Tilføj til
    ønskeliste" (add to basket, compare, add to the wish list), Proshop's row as html-text flattens it."""
    m = BUY.match(text)
    return m is not None and _page_controls(text[m.end():])


def buy_row(text: str, controls: Callable[[str], bool] | None = None) -> bool:
    """The buy button alone on its line, or with the shop's other buttons after it (`controls`: what reads them,
    the page's controls' phrases by default): "Do košíku Porovnat Hlídat cenu", "Add to bag Save to favorites";
    no field of the product's."""
    m = BUY.match(text)
    if m is None:
        return False
    rest = text[m.end():].strip(BUTTON_TRAIL)
    return not rest or (controls or _page_controls)(rest)


BUTTON_TRAIL = " .:!»›→"


def _page_controls(text: str) -> bool:
    return made_of(("page_control",), text)


def shown_type(blocks: Sequence[Block], buy_buttons: int = 0, cart_link: bool = False, edit_link: bool = False,
               post_buttons: int = 0, booking_buttons: int = 0, appointment_buttons: int = 0) -> str:
    """What the text shows (`buy_buttons`: the form's buy buttons the HTML reader dropped, with no place among the
    blocks: one or two, a product's, by a price anywhere; as many as the cards, a category's; `booking_buttons`: how
    many of them book, "Book now")."""
    if _thread(blocks) or post_buttons >= FORUM_MIN:
        return "forum"
    buys = [b.index for b in blocks if (len(b.text) < SHORT_CHARS and (BUY.match(b.text.strip()) or BUY_END.search(
            b.text) and not ends_sentence(b.text)) or len(b.text) < BUY_ROW_CHARS and (BUY_ROW.search(b.text)
                                                                              or _buy_and_buttons(b.text.strip())))
            and not b.tokens & LINK_FRAMES]        # (not a footer's help link, Vinted's "Acheter")
    # (or a card's badge before it: "Sale Add to Basket")
    # (cards flattened onto a line each, a button ending each: a category's, when there are a few of them; one is a
    # sale's card or a product's line, not its button)
    rows = price_lines(blocks)
    ending = [b.index for b in blocks if len(b.text) < BUY_ROW_CHARS and has_price(b.text) and BUY_END.search(b.text)]
    if len(ending) >= FEW_CARDS:
        buys = sorted(set(buys) | set(ending))
    fields = 0 < _count(blocks, QUANTITY) <= QUANTITY_FIELDS or _count(blocks, PRODUCT_FIELD) >= PRODUCT_FIELDS
    if (buys or buy_buttons) and not fields and buy_buttons == booking_buttons \
            and all(BOOKING_FIRST.match(blocks[i].text.strip()) for i in buys) \
            and (len(buys) + buy_buttons >= FEW_CARDS or any(services_heading(blocks, b.index) for b in blocks)
                 or _timed_prices(blocks)
                 or (appointment_buttons or any(APPOINTMENT.match(blocks[i].text.strip()) for i in buys))
                 and any(len(b.text) < BUY_ROW_CHARS and PRICE.search(b.text) for b in blocks)):
        return "service"        # (every button books, the first of its row or alone, over the services' heading
        #                         or over offers each of a duration and a price, Phorest's "Book now" over "45
        #                         mins · €35", or one for each of its offers: a business's, "Réserver" over
        #                         Treatwell's salon's menu of services, Setmore's <button> "Book now", Mindbody's
        #                         classes each with its "Reservar"; or an appointment's over prices, Doctolib's
        #                         "Termin buchen" over "ab 45 €" (a page of no price is read as it shows); no shop's,
        #                         whose buttons add to a cart; nor a holiday home's one "Jetzt buchen" by its price, a
        #                         product for hire)
    few = CARDS_MIN if fields else FEW_CARDS
    cut = _others_below(blocks, buys)
    if sum(i < cut for i in buys) + buy_buttons >= few and sum(i < cut for i in rows) >= few \
            and _prose_outside(blocks, frozenset()) < CATEGORY_PROSE:
        return "collection"     # (a shop's category: each product's price and its button, "Añadir al carrito";
        #                         three of them, or five beside one product's quantity field or its fields: a
        #                         product's page, its related products each with its button, OpenCart's)
    if buys or fields or buy_buttons:
        prices = [b.index for b in blocks if len(b.text) < SHORT_CHARS and PRICE.search(b.text)
                  or len(b.text) < BUY_ROW_CHARS and PRICE.match(b.text.strip())]  # (its line opens with it, its
        #                           unit price and tax note after it: "0,79 € 1 kg = 1,58 € inkl. MwSt., zzgl. …")
        if prices and (fields or _beside(buys, prices) or 0 < buy_buttons <= QUANTITY_FIELDS) \
                or (amounts := _named_amounts(blocks)) and (_beside(buys, amounts, AMOUNT_REACH)
                                                            or 0 < buy_buttons <= QUANTITY_FIELDS):
            return "product"    # (HTML: its buy button a form's, which leaves no text)
    if _listings(blocks) >= CODE_MIN or edit_link or _edit_link(blocks) or _endpoint(blocks) \
            or _generated_by(blocks) or _api_reference(blocks) or _manual_page(blocks) or _docs_frame(blocks) \
            or _count(blocks, PARENT_TOPIC) or _count(blocks, BACKLINKS) or _lines(blocks, WIKI_HISTORY, FACTS_CHARS) \
            or _member_sections(blocks) or _go_package(blocks) \
            or any(SIGNATURE_TOKENS <= b.tokens or DOC_COMMENT_TOKENS <= b.tokens for b in blocks):
        return "documentation"
    cards = card_list(blocks)
    if cards and _shop_cards(blocks, cards, cart_link):
        return "collection"     # a shop's category page: its description over its products' cards, each priced
    if cards and sum(word_count(blocks[i].text) for i in cards) >= CARDS_OVER_PROSE * _prose_outside(blocks, cards) \
            and not (_services_heading(blocks) and _under_services(blocks, cards)) and not _booking_credit(blocks):
        return "listing"        # (not a business's offers each a card under its services' heading or further down,
        #                         the cards of its prices: a yoga studio's "Derslerimiz", then "Fiyatlar" and its
        #                         three cards)
    glued = teaser_ends(blocks) | frozenset(dated_cards(blocks)) | archive_entries(blocks)
    buttons = read_more_lines(blocks, titled=True)
    teasers = len(buttons) + len(glued)
    blurbs = glued | {i - 1 for i in buttons}       # (a teaser's blurb ending with its button, or over it)
    if teasers >= LISTING_MIN and teasers >= 2 * sum(len(words(b.text)) >= PARAGRAPH_WORDS for b in blocks
                                                     if b.index not in blurbs):
        return "listing"
    priced = 0 if cards else len(rows)
    if priced >= FEW_CARDS and (priced >= CARDS_MIN or _shop_page(blocks)) \
            and _prose_outside(blocks, frozenset()) < CATEGORY_PROSE:
        return "collection"     # (scraped text) a shop's category: its products' names, each over its price
    if _services_heading(blocks) or offer_boxes(blocks) \
            or _timed_prices(blocks) or _booking_credit(blocks):
        return "service"        # (or its offers' lines of a duration and a price: "60 Minuten · 45,00 €", Acuity's)
    return "article"


# An offer's duration and its price on one line: "60 Minuten · 45,00 €", "1 hr 30 mins $75.00", "45 λεπτά 35,00 €",
# "30 min · Free" (a booking page's services, each bookable for so long at so much)
_SPAN = (r"(?:min|mins|minutes?|minuten|minutos?|minuti|minut|minuter|minuuttia|perc|λεπτά|мин|хв|h|hr|hrs|hours?|"
         r"std|stunden?|heures?|horas?|ore|godz|uur|timer?|tuntia|days?|tage?|jours?|días?|dias?|giorni|dni|dagen?|"
         r"dagar)\.?")
# (its hours and minutes written French's way, "1h15", "2h30"; its price the least one, "à partir de 49 €", "from $35")
_DURATION = rf"\d{{1,3}}\s?{_SPAN}"
_THEN_PRICE = rf"\s?[·|•,–-]?\s?(?:{PRICE_FROM}\s)?"      # (the separator between them, and a price's "from")
TIMED_PRICE = re.compile(rf"^{_DURATION}(?:\s\d{{1,2}}\s?{_SPAN}|(?<=h)\d{{2}})?{_THEN_PRICE}"
                         rf"(?:{PRICE.pattern}|\d[\d.,]*\s?(?:€|kr|zł|Kč|lei|Ft)|free|gratis|"
                         r"kostenlos|gratuit|gratuito|gratuita|darmowy|"
                         r"bezpłatnie|zdarma|ilmainen|δωρεάν|бесплатно|безкоштовно)$", re.I)


# a service's duration alone on its line, beside its price: "30 min", "1 h 30 min", "45 Min."; in hours, French's
# way, "1h", "1h15", "2h30"
DURATION = re.compile(r"^(?:\d{1,2}\s?(?:h|hr|hrs|std\.?)\s?)?\d{1,3}\s?(?:min|mins|minutes|minuten|minutos|minuti|"
                      r"minut|minuter)\.?$|^\d{1,2}h(?:\d{2})?$", re.I)


# an offer's duration and price inside its card's line, its name before them and its sentence after them:
# "Initial consultation 45 minutes $110.00 Assessment, diagnosis and your first treatment." (Cliniko's, one link)
TIMED_INSIDE = re.compile(rf"(?<!\S){_DURATION}{_THEN_PRICE}(?:{PRICE.pattern})", re.I)


def _timed_prices(blocks: Sequence[Block]) -> bool:
    """FEW_CARDS offers' lines of a duration and a price (timed_price), or each a duration alone over its price
    alone ("1h15" / "à partir de 49 €"): a booking page's."""
    return sum(timed_price(b.text) or DURATION.match(b.text.strip()) is not None and b.index + 1 < len(blocks)
               and least_price(blocks[b.index + 1].text) for b in blocks) >= FEW_CARDS


def least_price(text: str) -> bool:
    """A price alone, or the least one ("à partir de 49 €", "from $35")."""
    return price_alone(PRICE_FROM_START.sub("", text.strip(), count=1))


PRICE_FROM_START = re.compile(rf"^{PRICE_FROM}\s", re.I)


def _booking_credit(blocks: Sequence[Block]) -> bool:
    """A line that credits a scheduling service (BOOKING_CREDIT): a business's booking page."""
    return any(len(b.text) < BOOKING_CREDIT_CHARS and BOOKING_CREDIT.search(b.text) for b in blocks)


def timed_price(text: str) -> bool:
    """An offer's duration and price, the line's whole text (TIMED_PRICE)."""
    return len(text) < SHORT_CHARS and TIMED_PRICE.match(text.strip()) is not None


OFFER_TITLE_WORDS = 6   # (HTML) an offer's name over its box is this short ("Супровід ФОП", "Tuinaanleg")
OFFER_WORDS = 40        # and its box, name and lines, says this much at most
OFFER_LINES = 2         # in this many lines under its name


def offer_boxes(blocks: Sequence[Block]) -> frozenset[int]:
    """(HTML) The blocks of a business's boxes of what it offers side by side: FEW_CARDS or more items of one
    element, each a name in a heading that links nowhere over a line or two of its own, short, on a page that
    dates nothing (a post's sections stand one after the other in its text, each longer; a listing's cards link and
    date). Empty when the page has none."""
    names = [b for b in blocks if b.kind == "heading" and b.ancestors and not b.link_chars
             and 1 <= len(words(b.text)) <= OFFER_TITLE_WORDS]
    if not names or any(has_date_shape(b.text) for b in blocks):
        return frozenset()
    if found := _offer_boxes(blocks, names):
        return found
    # (the offers' headings the page's least, under a services heading: its sections, each an item of one element
    # under its <h2>, are a longer run of items than its three offers' <h3>s, Pineapple's)
    least = max(b.level for b in names)
    found = _offer_boxes(blocks, [b for b in names if b.level == least])
    return found if found and services_heading(blocks, min(found) - 1) else frozenset()


def _offer_boxes(blocks: Sequence[Block], names: list[Block]) -> frozenset[int]:
    cards = sorted(_cards(blocks, names))
    if not cards:
        return frozenset()
    boxes: list[list[Block]] = []
    for i in cards:
        if blocks[i].kind == "heading":
            boxes.append([])
        if boxes:
            boxes[-1].append(blocks[i])
    offers = [box for box in boxes if len(box) > 1]     # (a section's heading alone over the boxes, in an item of
    if len(offers) < FEW_CARDS or not all(_offer(box) for box in offers):   # its own: STRATO's page builder puts
        return frozenset()                                                  # every widget in a column)
    return frozenset(b.index for box in offers for b in box)


def _offer(box: list[Block]) -> bool:
    """A box that is an offer: a name over a line or two of its own, short, no link, no price (its button under
    them, a link to the offer's page, "Mehr erfahren", apart; and what it costs under them, a line of its own: "à
    partir de 95 €")."""
    if len(box) > 2 and box[-1].link_chars and made_of(("page_control",), box[-1].text):
        box = box[:-1]
    if len(box) > 2 and not box[-1].link_chars and priced_line(box[-1].text) \
            and len(box[-1].text.split()) <= PRICE_LINE_WORDS:
        box = box[:-1]
    return len(box) <= 1 + OFFER_LINES and sum(word_count(b.text) for b in box) <= OFFER_WORDS \
        and all(b.kind == "paragraph" and not b.link_chars and (not has_price(b.text) or _price_sentence(b.text))
                for b in box[1:])


# a line's last sentence, after the one before it ends
LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(\S[^.!?]*[.!?]?)$")


def _price_sentence(text: str) -> bool:
    """The line's price is in a sentence of its own after its text, a word with it: "… with a written safety report.
    From $180." (not a price alone after it, "… кожен платіж. 900 грн", a shop's line)."""
    m = LAST_SENTENCE.search(text.strip())
    return m is not None and not has_price(text[:m.start()]) and has_price(m.group(1)) \
        and bool(words(PRICE.sub(" ", m.group(1))))


def _listings(blocks: Sequence[Block]) -> int:
    """Program listings, not those a scraper flattened onto one line each, nor a shell command alone (a blog's
    tutorial shows its snippets and commands so as often as a reference: a line each no longer tells them
    apart)."""
    return sum(b.kind == "code" and not ("\n" not in b.text and (flattened_listing(b.text) or shell_command(b.text)))
               and not inbox_frame(b.text) for b in blocks)


PRICE_LINE_WORDS = 6    # a line that gives a price alone ("6,90 €", "Now: $189.00", "£18.00 GBP") is this short


def price_lines(blocks: Sequence[Block]) -> list[int]:
    """The lines that give a price and little else, each under its product's name (not under another price: a
    sale's price under the old one), or ending with its buy button (a card on one line, under the card before); or
    a category's amounts with no currency (`_bare_rows`)."""
    return sorted([b.index for b in blocks if len(b.text) < BUY_ROW_CHARS and has_price(b.text)
                   and len(t := unbuttoned(b.text)) < SHORT_CHARS and len(t.split()) <= PRICE_LINE_WORDS and b.index
                   and (t != b.text or not has_price(blocks[b.index - 1].text)) and has_price(t)
                   or bare_price(b) and b.index and not bare_price(blocks[b.index - 1])] + _bare_rows(blocks))


NAME_REACH = 3          # (HTML) lines over a card's price where its product's name stands, at most


def priced_cards(blocks: Sequence[Block]) -> frozenset[int]:
    """(HTML, a shop's category whose cards hold no link: Conad's, a name over a price in <div>s) The blocks of
    the list of cards each holding a product's name over its price, as `card_list` reads a list of linked titles:
    the name, the nearest line over each price with no price in it (its maker over it or not), within NAME_REACH."""
    names: dict[int, Block] = {}
    for k in price_lines(blocks):
        name = next((blocks[j] for j in range(k - 1, max(-1, k - 1 - NAME_REACH), -1)
                     if not has_price(blocks[j].text) and LETTER.search(blocks[j].text)), None)
        if name is not None and name.ancestors and len(words(name.text)) <= LIST_TITLE_WORDS:
            names[name.index] = name
    return _cards(blocks, [names[i] for i in sorted(names)])


def _bare_rows(blocks: Sequence[Block]) -> list[int]:
    """(scraped text) A category's amounts with no currency, a card's line each ("79,99 59,99", "129,99": Blokker's old
    and new price), when FEW_CARDS of them stand over their card's buy button a few lines under them ("Morgen in huis" /
    "In winkelwagen"), or over its price per unit; then the others too, each under its card's name (a card sold in the
    shops only has no button). None under another such line, nor in HTML, where the class words say a price
    (bare_price)."""
    bare = [b.index for b in blocks if not b.tokens and b.index and BARE_AMOUNTS.match(b.text.strip())
            and not BARE_AMOUNTS.match(blocks[b.index - 1].text.strip())]
    # (or over its price per unit: "8.95" / "au lieu de 11.95" / "1.79/100 g", Denner's, its shops' cards no button)
    bought = [i for i in bare if any(BUY.match(t := blocks[k].text.strip()) or len(t) < SHORT_CHARS
                                     and UNIT_PRICE.search(t) is not None
                                     for k in range(i + 1, min(len(blocks), i + 1 + BARE_BUY_REACH)))]
    return bare if len(bought) >= FEW_CARDS else []


BARE_BUY_REACH = 3      # (text) lines under a card's bare amounts where its buy button stands


PRICE_TOKEN = "price"       # a class word: "product_price", "price-item", "ProductPrice"
BARE_AMOUNTS = re.compile(r"^\d{1,6}[.,]\d\d(?:\s+\d{1,6}[.,]\d\d)?$")
# or one such amount alone on its line, its thousands set apart or not: "14,00", "1.299,00" (HEMA's; many Dutch and
# German shops show their prices so), a product's price when a buy button stands close by (BARE_AMOUNTS, an element's
# one or two amounts, no thousands' mark: Kruidvat's "6,49 5,19"; the two are kept apart, each as it was measured)
AMOUNT_ALONE = re.compile(r"^\d{1,3}(?:[.,\s]\d{3})*[.,]\d{2}$")


def bare_price(b: Block) -> bool:
    """(HTML) An amount with its cents and no currency in an element the class calls a price (Kruidvat's "3,99",
    its old price beside it or not: "6,49 5,19")."""
    return PRICE_TOKEN in b.tokens and BARE_AMOUNTS.match(b.text.strip()) is not None


def read_more_lines(blocks: Sequence[Block], titled: bool = False) -> list[int]:
    """The teasers' "Read more" lines alone ("Leer más »"), and with `titled` those that name their card's title."""
    lines: list[frozenset[str]] = []
    return [b.index for b in blocks if read_more(b.text) or titled and titled_read_more(b.text, blocks, lines)]


def read_more(text: str) -> bool:
    """A teaser's "Read more" alone on its line ("Leer más »")."""
    return len(text) < SHORT_CHARS and READ_MORE.match(text.strip()) is not None


def titled_read_more(text: str, blocks: Sequence[Block], lines: list[frozenset[str]]) -> bool:
    """"Read more about <a line of the page>": a card's button that names its card's title (`lines` holds the
    page's lines, folded, once a line asks)."""
    if text[:1] not in READ_ON_OPENINGS:
        return False
    m = READ_MORE_TITLED.match(text)
    if m is None:
        return False
    if not lines:
        lines.append(frozenset(fold(b.text) for b in blocks))
    return fold(m.group("title")) in lines[0]


# (what such a line opens with, each phrase's first letter in either case: the pattern runs on no other)
READ_ON_OPENINGS = frozenset(c for phrase in _READ_ON_PHRASES.split("|")
                             for c in (phrase[0].lower(), phrase[0].upper()))


def teaser_ends(blocks: Sequence[Block]) -> frozenset[int]:
    """The blurbs that end with their post's link ("… Continue reading "Title""): each a card of a listing."""
    return frozenset(b.index for b in blocks if len(b.text) >= SHORT_CHARS and teaser_end(b.text))


def _teaser_end(text: str) -> re.Match | None:
    return TEASER_END.search(text, max(0, len(text) - TEASER_TAIL))


def teaser_end(text: str) -> bool:
    """The text ends with its post's link: "… Continue reading "Title"", "… 阅读全文"."""
    return _teaser_end(text) is not None


def without_read_on(text: str) -> str:
    """The blurb without the bare link to its post glued to its end: "… 不占用太多 CPU。 阅读全文" -> "… 不占用太多
    CPU。" (its sentence ends there: a Chinese blurb is prose by its full stop); the text as it is otherwise."""
    m = _teaser_end(text)
    return text[:m.start()].rstrip() if m is not None and READ_MORE.match(m.group()) else text


# (text) an archive's entry: a post's title, its day after it ("Raspberry Pi als Druckserver Mär 14", Hugo's
# "posts-list"; "Harbour board approves budget 2026-03-08"), its month's name or the date's digits
DAY_TAIL = re.compile(r"\s(?:[^\W\d]{3,9}\.?\s\d{1,2}(?:,\s\d{4})?|\d{1,2}\.?\s[^\W\d]{3,9}\.?(?:\s\d{4})?|"
                      r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$")
ENTRY_TITLE_WORDS = 3   # the title before it is this long at least
ARCHIVE_PARAGRAPHS = 0  # paragraphs on an archive's page at most


def archive_entries(blocks: Sequence[Block]) -> frozenset[int]:
    """The entries of an archive, FEW_CARDS of them at least: a title that ends no sentence and its day, on its
    line (as html_text flattens it, or as the HTML reader sets two <span>s apart) or on the next (soup's shape); on a
    page of no paragraph (an article's list of other stories with their dates, under its one paragraph or more, is
    no archive)."""
    if sum(word_count(b.text) >= PARAGRAPH_WORDS for b in blocks) > ARCHIVE_PARAGRAPHS:
        return frozenset()
    found = frozenset(b.index for b in blocks if len(b.text) < HEADER_CHARS and (
        (m := DAY_TAIL.search(b.text)) and _entry_title(b.text[:m.start()]) and has_date_shape(m.group(0))
        or b.index + 1 < len(blocks) and _entry_title(b.text) and DAY_TAIL.match(" " + blocks[b.index + 1].text)
        and has_date_shape(blocks[b.index + 1].text)))
    return found if len(found) >= FEW_CARDS else frozenset()


def _entry_title(text: str) -> bool:
    return len(words(text)) >= ENTRY_TITLE_WORDS and not ends_sentence(text) and "\n" not in text \
        and not _byline_alone(text)


BYLINE_NAME_WORDS = 4   # the name of a byline alone has this many words at most ("Ursula von der Leyen")


def _byline_alone(text: str) -> bool:
    """Its label and a name in capitals: a card's author over its date ("by Rina Wulandari" / "6 Desember 2026",
    JNews' cards), no entry's title (not "Por qué las abejas …", a title's opening words)."""
    t = text.strip()
    m = BYLINE_PREFIX.match(t)
    name = t[m.end():].split() if m else []
    return 0 < len(name) <= BYLINE_NAME_WORDS and name[0][:1].isupper() and name[-1][:1].isupper()


DATED_CARD_WORDS = 6    # a card's date line, its author beside it or not ("Nov 28", "Nov 28 • Dora Hale"), this short
BLURB_WORDS = 8         # a card's blurb, a sentence or more, this long at least


OVER_DATE = -1          # the layout of a card whose blurb stands over its date (the blurb's place from the date)
FIELDS_CHARS = 60       # a card's line of fields ending with its reading time is this short
UNDER_READING = -2      # and of one whose title and blurb stand under its reading time ("3 min de lecture", Wix's)
UNDER_DATE = -3         # or under its line of fields with its date ("Trafik 24. november 2026", a news section's)


BYLINED_CARD_WORDS = 9  # or its author's label, the name and the date ("Par Hélène Roux le 22 avril 2026 19:03")
COUNT_IN_BRACKETS = re.compile(r"^[^\W\d]+\s?\(\d{1,5}\)$")     # "Commentaires (3)", "Trackbacks (0)"


# a card's link to its post's comments ending its line of fields, its count before it or not: "… Komentarze", "…
# 2 Comments", "… Leave a comment" (WordPress's footers of a post, Twenty Sixteen's)
COMMENTS_LINK_END = re.compile(rf"\s(?:\d{{1,5}}\s)?(?:{_COMMENT_NOUNS}|leave a comment)"
                               # (its buttons to like and share it after it: "… 5 commentaires J'aime · Partager")
                               r"(?:\s(?:[·|•]\s)?(?:j'aime|like|gefällt mir|me gusta|mi piace|lubię to|"
                               r"partager|share|teilen|compartir|condividi|udostępnij)){0,3}$", re.I)


def _without_post_links(text: str) -> str:
    """A card's line of fields without its links after bars to the post and its comments ("… | Lien permanent |
    Commentaires (3)", Movable Type's, Typepad's), or its link to the comments last ("Kasia 12 marca 2026 rower,
    serwis Komentarze")."""
    if "|" not in text:
        return COMMENTS_LINK_END.sub("", text) if len(text) < 2 * SHORT_CHARS else text
    parts = [p.strip() for p in text.split("|")]
    kept = [p for p in parts if fold(p) not in PERMALINK and not COUNT_IN_BRACKETS.match(p)]
    return " | ".join(kept) if len(kept) < len(parts) else text


def dated_cards(blocks: Sequence[Block]) -> dict[int, int]:
    """The blurbs of a list of dated posts with no "Read more", each with its title's block: a title, its blurb,
    then its date alone on its line (a newsletter's archive, Substack's); or a title, its author or not, its date,
    its count of comments or not, then its blurb (a news site's section, each card's line of fields split by
    get_text("\\n"); FEW_CARDS of them at least, a story's own header is laid out so too; its subtitle for its
    blurb when its reading time follows the date, "Apr 3, 2026" / "7 minute read"); or its fields, its
    reading time last, over its title and its blurb (a blog's cards, Wix's: "3 min de lecture", alone or ending
    the line of the others, "Claire Morel 12 nov. 3 min de lecture"), or its date with its category or not
    ("Trafik 24. november 2026"). The cards of a list are laid out alike: of
    the cards found, those whose blurb stands where most of them have it (not the sidebar's title and date right
    over the footer's blurb about the site)."""
    layouts: dict[int, dict[int, int]] = {}
    for b in blocks[2:]:
        nl = b.text.rfind("\n")        # (its line may end a block: the card above's counts over it)
        read = len(b.text) - nl - 1 < FIELDS_CHARS and READING_TIME_END.search(b.text, nl + 1) is not None
        i = b.index
        if read and i + 2 < len(blocks) and _title_line(blocks[i + 1].text) and _blurb(blocks[i + 2].text):
            layouts.setdefault(UNDER_READING, {})[i + 2] = i + 1
            if not has_date_shape(b.text):
                continue        # (a date and a reading time: under the blurb before it, maybe, as So Simple's)
        t = _date_part(_without_post_links(b.text)).rstrip(" |·•")      # (its bar to the link after it, which
        #                                                                 soup's shape sets on the next line)
        dated = READING_TIME_END.sub("", t)     # (its reading time after the date no field to count: "28 de
        aged = CARD_AGE.match(dated)            # septiembre de 2026 4 min de lectura")
        unlabelled = POSTED_LABEL.sub("", dated, count=1)     # (its label apart: "Posté le …", "نوشته شده در …")
        if len(unlabelled) >= SHORT_CHARS or not (aged or has_date_shape(t) or CARD_DAY.match(t)):
            continue
        limit = BYLINED_CARD_WORDS if BYLINE_PREFIX.match(t) or unlabelled != dated or BY_AFTER_DATE.search(t) \
            else DATED_CARD_WORDS
        if (1 + _date_words(dated[aged.end():]) if aged else _date_words(unlabelled)) > limit:  # (its age one word)
            continue
        under = not aged and i + 2 < len(blocks) and _title_line(blocks[i + 1].text) \
            and not date_field(blocks[i + 1].text) and _blurb(blocks[i + 2].text)    # (not its link to the
        #                                                           comments, "Répondre": a field of its own)
        if under:           # (a date between two cards is either's: the layout that finds more cards says whose)
            layouts.setdefault(UNDER_DATE, {})[i + 2] = i + 1
        by = int(i > 2 and len(blocks[i - 1].text) < SHORT_CHARS
                 and (BYLINE_PREFIX.match(blocks[i - 1].text) is not None or authors_line(blocks[i - 1].text)))
        while i - 2 - by > 0 and by < DATE_FIELDS and date_field(blocks[i - 1 - by].text):
            by += 1         # (its count of comments between its blurb and its date: Brunch's "댓글 12")
        timed = i + 1 < len(blocks) and len(blocks[i + 1].text) < FIELDS_CHARS \
            and READING_TIME_END.search(blocks[i + 1].text) is not None
        # (its title a question when its date line opens with its date or its label, not with a name: a thread's
        # question over its comments, each its author's name and date over its text, is no card)
        asks = unlabelled != dated or opening_date(t) is not None
        if (_blurb(blocks[i - 1 - by].text) and (not aged or ends_sentence(blocks[i - 1 - by].text))
                or timed and _dek(blocks[i - 1 - by].text)) \
                and (_title_line(x := blocks[i - 2 - by].text) or asks and _asking_title(x)) \
                and not _signed(blocks[i - 2 - by].text):     # (its author's "By …" between or not: Brightspot's)
            layouts.setdefault(OVER_DATE, {})[i - 1 - by] = i - 2 - by  # (not a comment's header, a name and its
            continue                                                    # date, over its text, the next one's header)
        if under or aged:
            continue        # (a card dated by its age alone: its title, its blurb, a sentence, then its age and
        #                     fields; an age over a title is a list of videos' in a sidebar, "1:54" / "vor 2 Tagen" /
        #                     "Overwatch Switch - …": no blurb)
        after = i + 1       # (past its count of comments, its reading time and the marks between them, a line each
        while after < len(blocks) and after - i <= DATE_FIELDS and date_field(blocks[after].text):   # in soup's
            after += 1                                                      # shape: "·" / "6 mins")
        title = _title_over(blocks, i)
        if after < len(blocks) and _blurb(blocks[after].text) and title is not None:
            # (its count of comments or its link to comment, or neither, one layout: a card with none shows none)
            optional = sum(_comments_field(blocks[k].text) for k in range(i + 1, after))
            layouts.setdefault(after - i - optional, {})[after] = title
    if UNDER_DATE in layouts and (_prose_above(blocks, first := min(layouts[UNDER_DATE]) - 2)
                                  or _under_related_heading(blocks, first)):
        del layouts[UNDER_DATE]     # (dated titles under a story's text or under "Ähnliche Artikel": a story's box of
        #                             other stories, not a list)
    cards = max(layouts.values(), key=lambda c: (len(c), c is not layouts.get(UNDER_DATE)), default={})
    cards = _evenly_spaced(cards)
    if len({fold(blocks[i].text) for i in cards}) < min(len(cards), FEW_CARDS):
        return {}           # (one card shown again and again, a slider's copies for each screen: no list)
    return cards if len(cards) >= FEW_CARDS or cards is layouts.get(OVER_DATE) else {}


def authors_line(text: str) -> bool:
    """A card's line of its authors' names, no "By" before them, between its blurb and its date: "Lucía Ferrer,
    Diego Salas" (Hugo Blox's cards: the title, the blurb, the authors, then "30 nov 2026 2 min de lectura")."""
    ws = text.replace(",", " ").split()
    return AUTHORS_WORDS[0] <= len(ws) <= AUTHORS_WORDS[1] and not ends_sentence(text) and name_shaped(ws)


AUTHORS_WORDS = (2, 8)      # a card's line of authors' names holds this many words


SPACING = 2             # (text) a card farther from the one before it than this many times the list's usual gap


def _evenly_spaced(cards: dict[int, int]) -> dict[int, int]:
    """The cards of one list stand at like intervals: past a gap over SPACING times the usual one (the median),
    a dated line and a blurb are something else's (the sidebar's last title over the footer's blurb)."""
    at = sorted(cards)
    if len(at) <= FEW_CARDS:
        return cards
    gaps = [b - a for a, b in zip(at, at[1:])]
    usual = sorted(gaps)[len(gaps) // 2]
    runs = [[at[0]]]
    for k, g in zip(at[1:], gaps):
        if g > SPACING * usual:
            runs.append([])
        runs[-1].append(k)
    run = max(runs, key=len)        # (the longest run: the list; a stray card before it or after it apart)
    return cards if len(run) == len(at) else {k: cards[k] for k in run}


# (or its date's label: "Publié le 14 août 2026 par Jeanne", Twenty Eleven's)
POSTED_LABEL = re.compile(r"^\W*(?:published|posted|publié|posté|publicado|pubblicato|veröffentlicht|opublikowano|"
                          r"gepubliceerd|postat av|skrivet av|skrevet av|julkaistu|"
                          # (Persian's and Arabic's: "نوشته شده در" written on, "ارسال شده در", "نشر في")
                          r"نوشته شده(?: در)?|ارسال شده(?: در)?|(?:نشر|نُشر|كتب) في)(?:\s(?:on|am|le|el|em|il|op))?\s",
                          re.I)     # (the Nordic languages' label and "by": "Postat av Karin den 22 september 2024")


def _date_part(t: str) -> str:
    """A card's line of fields between bars, its date in one of them and the others short (its count of comments,
    its category): the date's field, its time of day after it cut ("Postat av Karin den 22 september 2024 kl.
    18:04 | Kommentarer (4) | Kategori: Potatis", blogg.se's); else the line as it is."""
    if " | " not in t or len(t) > FIELDS_LINE_CHARS:
        return t
    fields = t.split(" | ")
    dated = [k for k, f in enumerate(fields) if has_date_shape(f)]
    if len(dated) != 1 or any(len(words(f)) > OTHER_FIELD_WORDS for k, f in enumerate(fields) if k != dated[0]):
        return t
    return TIME_OF_DAY_END.sub("", fields[dated[0]])


FIELDS_LINE_CHARS = 120     # such a line of fields is this short
OTHER_FIELD_WORDS = 3       # and each field beside the date's this short
TIME_OF_DAY_END = re.compile(r"\s(?:kl\.|klo|at|um|à|alle|om|a las)?\s?[0-2]?\d[:.][0-5]\d$", re.I)
DATE_FIELDS = 4         # (text) lines between a card's date and its blurb: its counts, its reading time, marks


def _date_words(text: str) -> int:
    """The line's words, its dates three at most however many they take ("9 de mayo de 2026 Rutas Marcos": five),
    a count's thousands or millions one word with it ("15 тыс. просмотров": two, as "15K views")."""
    text = SPELT_MAGNITUDE.sub(r"\1", text)
    blank = blank_dates(text)
    dates = blank.count("\x00")
    others = len(blank.split()) - dates
    return others + min(len(text.split()) - others, 3 * dates)


MAGNITUDE = r"(?:тыс|тис|млн|tys|mln|Tsd|Mio|mil|mille)\.?(?!\w)"      # a count's thousands or millions spelt
SPELT_MAGNITUDE = re.compile(rf"(\d)\s{MAGNITUDE}")


def date_field(text: str) -> bool:
    """A line of a card's fields after its date: a count, its reading time (its minutes alone after the date:
    "6 mins", Congo's), a mark between them ("·"), its links to the post and its comments ("Lien permanent" / "|" /
    "Commentaires (3)", Movable Type's; "Répondre", Twenty Eleven's, none yet)."""
    t = text.strip()
    return COUNT.match(t) is not None or len(t) < FIELDS_CHARS and (READING_TIME_END.search(t) is not None
                                                                    or MINUTES.match(t) is not None
                                                                    or fold(t) in PERMALINK
                                                                    or COUNT_IN_BRACKETS.match(t) is not None
                                                                    or COMMENTS_LINK.match(t) is not None
                                                                    or COMMENTS_COUNTED.match(t) is not None) \
        or bool(t) and len(t) <= 2 and not any(c.isalnum() for c in t)


# a card's line of fields with its byline after its date: "댓글 12 Mar 12. 2024 by 바람의 지도" (Brunch's)
# (a comma between or not: SPIP's "19 octobre 2024, par …")
BY_AFTER_DATE = re.compile(r"\d\s?,?\s(?:by|von|par|por)\s", re.I)
# its count of comments, the number first or after the word in Korean, Japanese, Chinese: "12 comments", "댓글 12"
COMMENTS_COUNTED = re.compile(r"^(?:\d[\d.,]*\s(?:comments?|replies|responses|kommentare?|commentaires?|comentarios?|"
                              rf"commenti|komentarz[ey]?)|(?:{'|'.join(CJK_COMMENT_WORDS)})\s?\d[\d,]*)$", re.I)
# its link to the comments with none yet: "Leave a reply", "Répondre", "Laisser un commentaire"
COMMENTS_LINK = re.compile(r"^(?:leave a (?:reply|comment)|reply|répondre|laisser un commentaire|"
                           r"schreibe einen kommentar|kommentar schreiben|deja un comentario|responder|"
                           r"lascia un commento|rispondi|dodaj komentarz|odpowiedz|laat een reactie achter|reageer|"
                           r"deixe um comentário|оставить комментарий|комментировать|ответить|"
                           r"залишити коментар|відповісти)$", re.I)


def _title_over(blocks: Sequence[Block], i: int) -> int | None:
    """The title over a card's date at `i`: the first of the short lines over it (the title over its subtitle, or
    its author's name: "Marcos Tavares" / "-" / "5 de novembro de 2026"), FIELD_LINES up at most, up to the last
    card's fields ("12 комментариев", "Оставить комментарий") or a word alone (the menu's "Архив")."""
    title = None
    for k in range(i - 1, max(0, i - FIELD_LINES) - 1, -1):
        t = blocks[k].text
        if _comments_field(t) or COMMENTS_COUNT.match(t.strip()) or title is not None and len(words(t)) < 2:
            break           # (a word alone over the title: the menu's last item, a tag; the author's may be one)
        if _asking_title(t):
            title = k
        elif words(t):
            break
    return title


# a card's count of comments with its word: "12 комментариев", "3 Comments", "6 réponses"
COMMENTS_COUNT = re.compile(r"^\d{1,5}\s(?:comments?|kommentare?|commentaires?|comentarios?|commenti|komentarz[ey]?|"
                            r"reacties?|réponses?|replies|antworten|respuestas|комментари(?:й|я|ев)|коментар(?:ів|і))$",
                            re.I)


def _comments_field(text: str) -> bool:
    """A card's count of comments alone ("6"), or its link to comment when it has none ("Répondre")."""
    t = text.strip()
    return COUNT.match(t) is not None or COMMENTS_LINK.match(t) is not None


MINUTES = re.compile(r"^\d{1,3}\s?(?:min|mins|minutes|minuten|minutos|minuti|minut|minuty)\.?$", re.I)


def _prose_above(blocks: Sequence[Block], first: int) -> bool:
    """A paragraph of a story's length above the first card (a sentence cut short by the scrape or not)."""
    return any(word_count(b.text) >= PARAGRAPH_WORDS for b in blocks[:first])


def _signed(text: str) -> bool:
    """A name beside a date ("greywagtail Nov 22"): a comment's header, no card's title (nor the date alone a card
    without a title has under its text, the card above's: Micro.blog's)."""
    return has_date_shape(text) and bool(words(blank_dates(text)))


def dated_titles(blocks: Sequence[Block], cards: dict[int, int] | None = None) -> frozenset[int]:
    """Each dated card's title: the line right over its blurb (the date under the blurb), or right over its date
    among the short lines over it (not the list's name or tags over the first card, which `dated_cards` counts
    among them)."""
    cards = dated_cards(blocks) if cards is None else cards
    return frozenset(k for end, title in cards.items() for k in range(title, end)
                     if end - title == 1 or has_date_shape(blocks[k + 1].text))


def _blurb(text: str) -> bool:
    """A card's blurb: a sentence or more, or ending with its post's link ("… bolides verts. Lire la suite →")."""
    return word_count(text) >= BLURB_WORDS and (ends_sentence(text)
                                                or teaser_end(text))


def _dek(text: str) -> bool:
    """A card's subtitle under its title, no sentence ("Twenty kilometres with ten metres of view"), over a date
    that its reading time follows (Hugo Stack's cards)."""
    return word_count(text) >= DEK_WORDS and not ends_sentence(text)


DEK_WORDS = 4


def _title_line(text: str) -> bool:
    return 0 < len(words(text)) <= LIST_TITLE_WORDS and not ends_sentence(text)


def _asking_title(text: str) -> bool:
    """A card's title over its blurb and its date, a question or not ("Where should mint go?", "نعناع را کجا
    بکاریم؟")."""
    return _title_line(text) or 0 < len(words(text)) <= LIST_TITLE_WORDS \
        and text.rstrip().endswith((*QUESTION_MARKS, "？"))      # (and the full-width mark of Chinese and Japanese)


TEASER_TAIL = 180       # characters at a blurb's end that hold its link and the title it quotes (TEASER_END's)


def card_list(blocks: Sequence[Block]) -> frozenset[int]:
    """(HTML) The blocks of the page's longest list of cards: CARDS_MIN or more items of one element (FEW_CARDS if
    each is a teaser, no longer than CARD_WORDS), each holding a heading that is all link (a post's, a story's or a
    product's title over its blurb, its date, its price; a product's name may be one word, "Genmaicha"); on a
    page with no such list, each holding a paragraph that is
    all link over the card's blurb instead (a theme's "card-title" link in a <div>; three words or more, not a
    button's capitals, "GO ABOVE AND BEYOND"); on a page with neither, each an item of a list (or an <article>) that
    is mostly a link, four words or more (an archive's "20 May 2024 Harbour board approves …"); on a page with none
    of these, each an <article> of its own under the one heading it holds (`_article_headings`). First of all, the
    entries of a feed the microformats mark, two or more (`_feed_entries`). Empty when the page has none."""
    menu = menu_words(blocks)
    linked = [b for b in blocks if b.ancestors and b.link_chars >= LINKED * len(b.text) and menu.isdisjoint(b.tokens)]
    return _feed_entries(blocks) \
        or _cards(blocks, [b for b in linked if b.kind == "heading" and 1 <= len(words(b.text)) <= LIST_TITLE_WORDS]) \
        or _cards(blocks, [b for b in linked if title_link(blocks, b)]) \
        or _cards(blocks, [b for b in blocks if (b.kind == "list_item" or b.tag == "article") and b.ancestors
                           and not is_upper(b.text) and b.link_chars >= len(b.text) / 2
                           and ITEM_TITLE_WORDS <= len(words(b.text)) <= LIST_TITLE_WORDS]) \
        or _dated(blocks, _cards(blocks, _article_headings(blocks)))


FEED_TOKENS = frozenset({"h", "entry", "feed"})     # "h-entry" inside "h-feed", as the reader splits class words
FEED_ENTRIES = 2


def _feed_entries(blocks: Sequence[Block]) -> frozenset[int]:
    """(HTML) The blocks of the entries of a feed the microformats mark, each an element of class "h-entry" inside
    one of class "h-feed" (a blog's index, Plume's), two or more: each entry is a card (not a post's comments,
    which IndieWeb marks as entries too, but never inside a feed)."""
    inside = [b for b in blocks if FEED_TOKENS <= b.tokens and b.ancestors]
    if len(inside) < FEED_ENTRIES:
        return frozenset()
    depth = min(len(shared_ancestors(a, b)) for a, b in zip(inside, inside[1:]))
    entries = {b.ancestors[depth] for b in inside if len(b.ancestors) > depth}
    return frozenset(b.index for b in inside) if len(entries) >= FEED_ENTRIES else frozenset()


def _dated(blocks: Sequence[Block], cards: frozenset[int]) -> frozenset[int]:
    """Cards of <article>s that link nowhere by their words are a list of posts when they date them, half of them
    or more ("12 septembre 2026 · 9 min"); undated, they are a business's boxes of what it offers (Umbraco's
    service cards, each an <article> of a heading and a paragraph)."""
    headings = sum(blocks[i].kind == "heading" for i in cards)
    return cards if 2 * sum(has_date_shape(blocks[i].text) for i in cards) >= headings else frozenset()


# A site's menu, by its element or its class words: its items may be headings all link (Shoper's categories, each an
# <h3>), they are never a list of cards
MENU_WORDS = frozenset(("<nav>", "menu", "nav", "navbar", "navigation", "submenu", "megamenu", "role=navigation",
                        "role=menubar", "role=menu"))


def menu_words(blocks: Sequence[Block]) -> frozenset[str]:
    """MENU_WORDS but those on half the page's blocks or more: a layout's word on the element that wraps the page
    says what the page has, not that the page is a menu (Quarto's "page-navbar": a page under a navbar)."""
    on = Counter(t for b in blocks for t in MENU_WORDS.intersection(b.tokens))
    return MENU_WORDS.difference(t for t, n in on.items() if 2 * n >= len(blocks))


def _article_headings(blocks: Sequence[Block]) -> list[Block]:
    """The headings that are each the one heading of an <article> of its own: a list of posts whose cards link
    elsewhere than their titles (Hugo PaperMod's card is one empty link laid over it)."""
    per_region = Counter(b.region for b in blocks if b.kind == "heading" and b.region.startswith("<article"))
    return [b for b in blocks if b.kind == "heading" and per_region.get(b.region) == 1
            and 1 <= len(words(b.text)) <= LIST_TITLE_WORDS]


def title_link(blocks: Sequence[Block], b: Block) -> bool:
    """(HTML) A paragraph that is all link over its card's blurb: not a button's capitals, and the next block stands
    in the element around it and says more in words of its own (no link), the title three words or more; or gives
    a price (a shop's card, Magento's name in a <strong> over its price box): a card's title, not the button under
    a blurb ("Beyond the Bottle"). An item of a list that is all link is a title over a price only (Storenvy's
    card, an <li> of one link around the name and the price): over anything else it is a menu's."""
    if b.kind not in ("paragraph", "list_item") or b.link_chars < LINKED * len(b.text) or len(b.ancestors) < 2 \
            or is_upper(b.text) or not 0 < len(words(b.text)) <= LIST_TITLE_WORDS or b.index + 1 >= len(blocks):
        return False
    nxt = blocks[b.index + 1]
    if made_of(CARD_BUTTONS, unglued(b.text)) or bracketed(b.text) \
            or CARD_FACT.match(b.text) and len(words(b.text)) <= CARD_FACT_WORDS:
        return False            # (a card's buttons, "ViewAdd to compare", are no title; nor its count of reviews in
        #                         brackets, "(1 204 отзыва)"; nor its fact under its price, a label and its value,
        #                         "Size: 8 · Hunter", Poshmark's)
    # the card: the element around the title's, or around its link's (Ecwid's link holds the title's <div>)
    card = next((a for a in b.ancestors[-2:-4:-1] if a in nxt.ancestors), None)
    if card is None and len(b.ancestors) > 3 and b.ancestors[-4] in nxt.ancestors \
            and _priced_above(blocks, b, b.ancestors[-4]):
        return True             # (the card one link around its price, its maker and its name, its badges beside
        #                         the link: Lamoda's)
    if card is None:
        return False
    # a line may stand between the name and its price, "Peaux sensibles, sans parfum", the price in the card's element
    # or the one around it (Gambio's, its name and blurb in a box of their own); that line is linked only when the
    # price is too, the card one link around its name, its maker and its price (LiteCart's)
    after = _under_the_buttons(blocks, b.index + 2)
    buttons = nxt.link_chars and made_of(CARD_BUTTONS, unglued(nxt.text))     # (AbanteCart's "ViewAdd to compare"
    #                                                                          between the name and the price)
    priced_after = after is not None \
        and (not nxt.link_chars or buttons or _named(b.text) and one_link(b, nxt, after)) \
        and not set(b.ancestors[-2:-4:-1]).isdisjoint(after.ancestors) and priced_line(after.text)
    if priced_line(nxt.text) and _name_over(blocks, b, card):
        return False            # (the card's maker, or its category, under its linked name: LiteCart's)
    if priced_line(nxt.text) or priced_after or _priced_below(blocks, b) or _priced_above(blocks, b, card):
        return True             # (a product's name may be a word or two: "Milchkännchen 350 ml")
    if _a_date_alone(nxt.text) and b.index + 2 < len(blocks) and card in blocks[b.index + 2].ancestors:
        nxt = blocks[b.index + 2]       # (its date between the title and the blurb, the card one link around all
        #                                 three: Blowfish's "20. November 2026·4 Minuten")
        k = b.index + 2                 # (and its category and tags after the date, short links each, and their
        while k + 1 < len(blocks) and k - b.index <= CARD_FIELDS and card in blocks[k + 1].ancestors \
                and _card_link_field(nxt):      # separators: Fuwari's "2026-11-30" / "電子工作" / "ESP32" / "/")
            k += 1
            nxt = blocks[k]
    if nxt.link_chars >= len(nxt.text) / 2 and not _linked_blurb(nxt.text):
        return False            # (a card that is one link, its price too: Big Cartel's, is priced above)
    n = word_count(b.text) if CJK.search(b.text) and " " not in b.text.strip() else len(words(b.text))
    #                             (Japanese's and Chinese's words unspaced, counted as word_count counts them:
    #                             "カーテンを日の出に合わせて開ける"; not a card's tags, links a space apart)
    #                             (or two words all link, no number, over a blurb of prose: "Winterpostelein
    #                             gezaaid", Nucleus's; not a card's tags, two links a space apart, "低山歩き 東京", or
    #                             glued, "PostgreSQLБазы данных", nor its date)
    two = n == 2 and b.link_chars >= len(b.text.strip()) and not DIGIT.search(b.text) and is_prose(nxt.text) \
        and unglued(b.text) == b.text
    return b.kind == "paragraph" and (n >= LINK_TITLE_WORDS or two) and word_count(nxt.text) > word_count(b.text)


CARD_FIELDS = 6         # (HTML) blocks between a card's title and its blurb: its date, category, tags
CARD_FIELD_WORDS = 3    # each a link this short, or a mark alone


def _card_link_field(b: Block) -> bool:
    """A card's category or tag, a short link, or a separator alone ("/")."""
    t = b.text.strip()
    return bool(t) and (not any(c.isalnum() for c in t) and len(t) <= 2
                        or b.link_chars >= len(t) and len(words(t)) <= CARD_FIELD_WORDS)


PRICE_ABOVE = 3         # (HTML) blocks over a card's name up to its price: its sale's note between them
CARD_FACT = re.compile(r"^[^\W\d_]{2,15}\s?:\s?\S")       # a card's fact, its label first: "Size: 8", "Größe: M"
CARD_FACT_WORDS = 4


def _priced_above(blocks: Sequence[Block], b: Block, card: int) -> bool:
    """A price over the linked name in the card's element, its sale's note between them or not ("$599.99" / "After
    $100 OFF" / "Breville Barista Express Espresso Machine", Costco's tile), linked by no link or by the name's own
    (Lamoda's card, one link around the price, the maker and the name); a name of a few words, no buy button under
    the price ("Ajouter au panier", a badge, "Populaire"); its model's number one of its words ("Кроссовки Pace 2")."""
    return _product_name(b.text) and BUY.match(b.text) is None \
        and any(priced_line(p.text) and card in p.ancestors and (p.link_chars == 0 or _opens_link(blocks, p, b, card))
                for p in blocks[max(0, b.index - PRICE_ABOVE):b.index])


def _product_name(text: str) -> bool:
    """A card's name of a few words, its model's number or its size one of them ("Кроссовки Pace 2", "Handcreme
    150 ml"); or of two, a word and its measure ("Mellanmjölk 1,5%", "Standardmjölk 3%", Willys')."""
    n = len(text.split())
    return len(words(text)) >= LINK_TITLE_WORDS or text.lstrip()[:1].isalpha() and (
        n >= LINK_TITLE_WORDS and len(words(text)) > 1 or n == 2 and MEASURE_END.search(text) is not None)


# (the units a product's measure is given in: of volume and weight; and those it is counted in, "10 st", "6 pcs")
_MEASURES = r"ml|cl|dl|l|g|kg|oz|lb"
_PIECES = r"st|stk|pcs|ks|szt"
MEASURE_END = re.compile(rf"\s\d[\d,.]*\s?(?:%|{_MEASURES})$", re.I)     # a name's last word, its measure
# a price per unit, a card's line under its price: "Jmf-pris 24,95 kr/kg", "35,98 zł/kg", "(€1.20 per litre)"
UNIT_PRICE = re.compile(r"\d\s?(?P<currency>[^\W\d_]{1,3}\.?|[^\w\s/])?\s?/\s?(?:\d{1,4}\s?)?"
                        rf"(?:{_MEASURES}|{_PIECES}|pc|m|m²|un|ud|kpl)\b"
                        r"|\sper\s(?:\d{1,4}\s?)?(?:kg|g|l|ml|litre|liter|lb|oz|unit|each|stuk|stück)\b", re.I)
# a card's pack size alone on its line, under its name: "1000 g", "6 x 33 cl", "500 ml", "10 st"
PACK_SIZE = re.compile(rf"^(?:\d{{1,3}}\s?[x×]\s?)?\d[\d,.]{{0,6}}\s?(?:{_MEASURES}|{_PIECES})\.?$", re.I)


def _opens_link(blocks: Sequence[Block], price: Block, name: Block, card: int) -> bool:
    """The price opens the card and the one link around its price and name (Lamoda's; not a price under its name,
    the line of delivery under it: Coupang's)."""
    return _inside(price, name, card) and not (price.index and card in blocks[price.index - 1].ancestors)


def _inside(a: Block, b: Block, card: int) -> bool:
    """Two blocks share an element inside the card's (the one link around the card's price and name)."""
    return card in b.ancestors and len(shared_ancestors(a, b)) > b.ancestors.index(card) + 1


# the page's buttons among its cards (a shop's "Filter by price", "Display 3 6 9 per page"), its cards' ("Add to cart
# Add to compare list Add to wishlist", "View", "Add to compare"): no card's title or text
CARD_BUTTONS = ("page_control", "ad_marker", "card_button")


PRICE_BELOW = 6         # (HTML) blocks under a card's name down to its price: its number, stars and key facts
# a card's count of reviews or ratings ending its line, its link: "1 204 opinii", "318 reviews", "(86)"
RATED = re.compile(r"(?<![\w.,])\d[\d.,]*(?:\s\d{3})*\s?(?:reviews?|ratings?|opinii|opinie|opinions?|avis|bewertungen|"
                   r"rezensionen|recensioni|reseñas|valoraciones|opiniones|avaliações|beoordelingen|recensies|"
                   r"hodnocení|recenzí|arvostelua|omdömen|anmeldelser|yorum|değerlendirme|отзыв(?:а|ов)?|"
                   r"відгук(?:и|ів)?|αξιολογήσεις|κριτικές)\)?$", re.I)
FIELD_LINE_WORDS = 8    # each this short


def _priced_below(blocks: Sequence[Block], b: Block) -> bool:
    """The card's price stands a few short lines under its name (three words at least), none linked but the price
    (and its count of reviews, in brackets or after its rating: "(1 204 отзыва)", Kaspi's; "4,8 / 5 1 204 opinii",
    Ceneo's), all in the card's element, its name's or the one or two around it ("Best.-Nr.: 1423441" / "(128)" /
    "Leistung: 80 W" / … / "149,99 €", Conrad's)."""
    maker = blocks[b.index - 1] if b.index and one_link(blocks[b.index - 1], b) \
        and not (b.index + 1 < len(blocks) and one_link(b, blocks[b.index + 1])) else None
    if not (_product_name(b.text) or maker is not None and words(maker.text) and words(b.text)):
        return False            # (a seller's name over the card's fields, "claire.mrt", Vinted's: no product's; a
        #                         name of one word under its maker, the link's last line, "CeraVe" /
        #                         "Feuchtigkeitscreme", is one; not a category under the name, the link going on)
    card = b.ancestors[max(0, len(b.ancestors) - 3)]
    for x in blocks[b.index + 1:b.index + 1 + PRICE_BELOW]:
        if len(words(x.text)) > FIELD_LINE_WORDS or card not in x.ancestors:
            return False
        if priced_line(x.text) or bare_price(x):
            return True         # (the price a link too, to the product, as its name is: Ceneo's)
        if x.link_chars and not (bracketed(x.text) or RATED.search(x.text) or one_link(b, x)):
            return False        # (the card one link around its name, its category and its price: Douglas's)
    return False


def _under_the_buttons(blocks: Sequence[Block], k: int) -> Block | None:
    """Block `k`, or the one under it when `k` is a card's buy button alone ("Add to Cart" over the price)."""
    if k < len(blocks) and BUY.match(blocks[k].text.strip()) and made_of(CARD_BUTTONS, blocks[k].text):
        k += 1
    return blocks[k] if k < len(blocks) else None


def _name_over(blocks: Sequence[Block], b: Block, card: int) -> bool:
    """A card's name that is all link right over `b` in the element around both."""
    prev = blocks[b.index - 1] if b.index else None
    return prev is not None and card in prev.ancestors and prev.link_chars >= LINKED * len(prev.text) \
        and _named(prev.text)


def _link_of(b: Block) -> int | None:
    """(HTML) The number of the nearest <a> the block stands in, among the elements its path names."""
    tags = b.path.split(">")
    return next((b.ancestors[-k] for k in range(1, min(len(tags), len(b.ancestors)) + 1) if tags[-k] == "a"), None)


def one_link(*blocks: Block) -> bool:
    link = _link_of(blocks[0])
    return link is not None and all(_link_of(b) == link for b in blocks[1:])


def _named(text: str) -> bool:
    """A product's name on its card: two words or more, not in capitals, not its stock or its badge over it
    ("Sold out", "Nyhet", "-30%", "Bestseller")."""
    return len(words(text)) >= 2 and not is_upper(text) and not STOCK.match(text.strip())


LINKED_BLURB_WORDS = 12     # a blurb that is a link of its own (to the post, as its title is: Substack's) is this long


def _linked_blurb(text: str) -> bool:
    """A card's blurb inside a link, a sentence or more: not the next title of a list of links."""
    return word_count(text) >= LINKED_BLURB_WORDS and ends_sentence(text)


SUBTITLE_DEPTH = 2      # elements between a card's title and the element it shares with its subtitle, at most


def _cards(blocks: Sequence[Block], titles: list[Block]) -> frozenset[int]:
    """The blocks of the longest list of items of one element, each holding one of `titles` (a title's subtitle, a
    heading of a lower rank right under it, within two elements of it, is no title of its own: Medium's <h3> under
    each card's <h2>, each in a <div> of its own inside the card's link; a section's heading over the first card's
    stands further out: ClickFunnels' <h2> in a row of its own, over the row of boxes)."""
    titles = [b for a, b in zip([None, *titles], titles)
              if not (a is not None and b.index == a.index + 1 and b.level > a.level > 0
                      and len(shared_ancestors(a, b)) >= len(a.ancestors) - SUBTITLE_DEPTH)
              and not (a is not None and one_link(a, b))]     # (nor a second line in the one link around a card,
    #                                                           its facts under its name: idealo's)
    best: tuple[int, frozenset[int]] = (0, frozenset())     # (depth of the items, the items)
    run: list[int] = []                 # the items of the current run, under one element at one depth
    at = None
    for a, b in zip(titles, titles[1:]):
        d = len(shared_ancestors(a, b))
        # (two titles under one element, each in an item of its own: not a card's heading and its subheading)
        pair = (a.ancestors[d - 1], d) if 0 < d < min(len(a.ancestors), len(b.ancestors)) else None
        if pair is None or pair != at:
            run = [a.ancestors[d]] if pair is not None else []
        at = pair
        if pair is not None:
            run.append(b.ancestors[d])
            if len(run) > len(best[1]):
                best = (d, frozenset(run))
    depth, items = best
    if len(items) < FEW_CARDS:
        return frozenset()
    inside = [b for b in blocks if len(b.ancestors) > depth and b.ancestors[depth] in items]
    if len(items) < CARDS_MIN:
        per_card: dict[int, int] = {}
        for b in inside:
            per_card[b.ancestors[depth]] = per_card.get(b.ancestors[depth], 0) + word_count(b.text)
        if max(per_card.values()) > CARD_WORDS:
            return frozenset()
    return frozenset(b.index for b in inside)


# a card's line that gives its price, a sale's too: "Original price was: £7.00. Current price is: £5.60. Add to
# basket" (WooCommerce's words for a screen reader: the prices shown are hidden from it)
PRICE_LINE_CHARS = 80


def _priced(blocks: Sequence[Block], cards: frozenset[int]) -> int:
    """The cards' short lines that give a price ("$12.00"), or an amount with its cents in an element the class
    calls a price ("1,49", Action's: the shop shows no currency)."""
    return sum(1 for i in cards if priced_line(blocks[i].text) or bare_price(blocks[i]))


def priced_line(text: str) -> bool:
    return len(text) < PRICE_LINE_CHARS and has_price(text)


# A product's stock on its card, alone on its line: "In stock", "Auf Lager", "Skladem 2 ks", "Op voorraad"
STOCK = re.compile(r"^(?:in stock|out of stock|sold out|auf lager|lieferbar|sofort lieferbar|nicht lieferbar|"
                   r"ausverkauft|en stock|rupture de stock|disponible|agotado|disponibile|esaurito|dostępny|"
                   r"niedostępny|op voorraad|uitverkocht|em estoque|esgotado|"
                   r"(?:produto )?indisponível|skladem(?: na e-shopu| online)?|vyprodáno|i lager|på lager|"
                   r"finns i (?:webblager|lager|webblagret)|"     # (Swedish: "Finns i webblager", Biltema's)
                   # (where it is to be had: "Online verfügbar", "Nur im Fachcentrum", "Disponible en ligne")
                   r"online verfügbar|nur online|nur im (?:fachcentrum|markt|fachmarkt|baumarkt)|disponible en ligne|"
                   r"available online|online only|online bestellbar|på lager i nettbutikk(?:en)?|i lager i webbutiken|"
                   # (the few left: "Få igjen", "Nur noch wenige", "Only a few left")
                   r"få igjen|få kvar|få tilbage|nur noch wenige|(?:only )?a few left|"
                   # (in the reader's store: "In deinem Markt: 37 Stück vorrätig")
                   r"(?:in (?:deinem|ihrem) markt\s?:\s?)?\d{1,5}\s(?:stück|stk\.?)\s(?:vorrätig|verfügbar)|"
                   r"in (?:deiner|ihrer) filiale (?:verfügbar|vorrätig)|"     # (Migros's: "In deiner Filiale …")
                   r"en filiale|in filiale|in der filiale|"     # (in the shops only: "En filiale", Denner's cards)
                   r"varastossa|loppuunmyyty|stokta var|tükendi|niet op voorraad|not in stock|nicht vorrätig|"
                   # (Finnish: "Saatavilla verkossa", "Vain myymälässä", to be had online, in the store only)
                   r"saatavilla(?: verkossa| verkkokaupassa| myymälöissä)?|vain (?:myymälässä|verkossa)|"
                   r"ei saatavilla|"
                   # (in the web shop or not, and in so many stores: "Verkkokaupassa Saatavilla 84 myymälässä",
                   # Tokmanni's two fields on a line)
                   r"(?:ei )?verkkokaupassa(?:\ssaatavilla\s\d{1,4}\smyymälässä)?|saatavilla\s\d{1,4}\smyymälässä|"
                   r"épuisé|non disponible|no disponible|brak w magazynie|ei varastossa|slut i lager|"
                   # (the few left: "Only 2 left", "Nur noch 2 Stück", "Plus que 3 en stock")
                   r"only \d{1,4} left(?: in stock)?|nur noch \d{1,4}(?: stück| stk\.?)?(?: auf lager| verfügbar)?|"
                   r"plus que \d{1,4}(?: en stock)?|(?:solo )?quedan \d{1,4}(?: unidades)?|"
                   r"nog (?:maar )?\d{1,4}(?: op voorraad| beschikbaar)?|zostało \d{1,4} szt\.?|"
                   r"ancora \d{1,4} disponibil[ie]|"
                   # (or the count in stock: "52 stk. på lager", "12 szt. na stanie")
                   r"\d{1,5}\s(?:stk|st|szt|ks|pcs|stück)\.?\s(?:på lager|i lager|auf lager|in stock|na stanie|"
                   r"skladem)|"
                   r"last items|letzte artikel|derniers articles|últimas unidades|ultimi pezzi|ostatnie sztuki|"
                   r"laatste stuks|poslední kusy|raktáron|nincs raktáron|elfogyott|còn hàng|hết hàng|tạm hết hàng|"
                   r"stok habis|stok tersedia|habis|품절|일시품절|재고 있음|在庫あり|売り切れ|在庫切れ|"
                   # (Chinese: "庫存：剩餘 12 件", 12 left in stock; "有貨", "缺貨", "售完")
                   r"(?:庫存|库存)\s?[:：]\s?(?:剩餘|剩余)?\s?\d{1,5}\s?件|有貨|有货|缺貨|缺货|售完|"
                   r"نفدت الكمية|نفذت الكمية|غير متوفر|متوفر(?: في المخزون)?|"
                   # (in stock online: "På lager online", Matas'; "In stock online")
                   r"(?:in stock|på lager|i lager|op voorraad|en stock) online|"
                   # (in stock in so many stores: "I lager i 54 butiker", "In stock at 12 stores")
                   r"(?:in stock|i lager|på lager|auf lager|en stock|op voorraad|skladem)\s(?:at|in|i|på|dans|en|v)\s"
                   r"\d{1,4}\s(?:stores?|shops?|butiker|butikker|filialen|märkten|magasins|winkels|tiendas|negozi|"
                   r"sklepach|prodejnách)|"
                   # (Russian: "В наличии в 214 магазинах", "Нет в наличии", "Под заказ")
                   r"(?:нет )?в наличии(?: в \d{1,4} магазин(?:е|ах))?|под заказ|закончился|"
                   r"(?:немає )?в наявності|"
                   # (Romanian: "În stoc", "Stoc limitat", "Stoc epuizat", elefant.ro's)
                   r"(?:nu este )?în stoc|stoc limitat|stoc epuizat|la comandă|"
                   # (Greek: "Άμεσα διαθέσιμο", "Εξαντλήθηκε", "Κατόπιν παραγγελίας")
                   r"(?:άμεσα )?διαθέσιμο|μη διαθέσιμο|εξαντλήθηκε|κατόπιν παραγγελίας|"
                   # (the Baltic languages': "Yra sandėlyje", Varle's; "Ir noliktavā", "Laos olemas")
                   r"(?:yra |nėra |prekė )?sandėlyje|(?:ir |nav )?noliktavā|laos olemas|laost otsas)"
                   r"(?:\s+(?:[>≥]\s?)?\d{1,4}\s?[^\W\d]{0,4}\.?)?\W*$", re.I)     # (more than: "Skladem > 5 ks")


def price_alone(text: str) -> bool:
    """The line gives a price (or two) and nothing else: "€44,95", "$109.99 $89.99", "R$ 129,90", "1 200 €" (a
    currency's letters before its sign, a thousands' digits before a space); not "Sem impostos: R$39,90"."""
    return has_price(text) and all(w.isdigit() or w.isupper() and len(w) <= 3
                                   for w in PRICE.sub(" ", text).strip(" -–/|·*").split())


def has_price(text: str) -> bool:
    """A price other than nothing: an empty cart's "0 item(s) - R$0,00" in a shop's header is none."""
    return any(DIGIT_NOT_ZERO.search(m.group()) for m in PRICE.finditer(text))


DIGIT_NOT_ZERO = re.compile(r"(?![0٠۰])\d")     # (in any script's digits: Persian's "۲٬۷۲۰٬۰۰۰ تومان")


# a shop's category counts its products: "There are 6 products.", "Il y a 6 produits." (PrestaShop's)
PRODUCTS_COUNTED = re.compile(r"^(?:there (?:are|is)|il y a|es gibt|hay|ci sono|jest|są)\s+\d{1,6}\s+(?:products?|"
                              r"produits?|artikel|produkte|productos?|prodotti|produkt(?:y|ów)?)\.?$"
                              # (Korean: "총 4개의 상품이 있습니다.", "4 products in all")
                              r"|^총\s?\d{1,6}\s?개의 상품이 있습니다\.?$", re.I)
# or gives the count alone over its grid: "6 produits" (Ecwid), "5 Artikel" (OXID), "24 products"
# "4 ürün listeleniyor" (Turkish: "4 products listed", its verb after the count), "Zobrazeno 4 položek" (Czech: its
# verb before)
PRODUCTS_ALONE = re.compile(r"^(?:(?:showing|zobrazeno|wyświetlono|znaleziono|найдено|знайдено)\s+)?"
                            r"\d{1,3}(?:[.,\s]?\d{3})?\s+(?:products?|items?|"
                            r"produits?|articles|artikel|produkte|productos?|artículos|"
                            r"prodotti|articoli|produtos|artigos|artikelen|produkt(?:y|ów)?|artykuł(?:y|ów)?|producten|"
                            r"produkter|artiklar|ürün(?: listeleniyor| bulundu)?|tuotetta|tuotteet|položek|položky|"
                            r"produktů|produkty|produse|termék|منتجات|منتج|товаров|товара|товар|"
                            r"کالا|محصول|"      # (Persian: "۳۸۴ کالا", Digikala's)
                            # (Lithuanian, Latvian, Estonian: "124 prekės", "124 preces", "124 toodet")
                            r"prekės|prekių|prekė|preces|toodet|tooted|"
                            # (Swedish, Danish and Norwegian goods: "48 varor", Willys'; "48 varer")
                            r"varor|varer|"
                            # (a price comparison's offers: "2 418 ofert", Ceneo's; "1.245 προϊόντα", Skroutz's)
                            r"ofert|offers|angebote|offres|ofertas|offerte|aanbiedingen|nabídek|προϊόντα|"
                            r"προσφορές|предложений|пропозицій|"
                            # (Lithuanian, Latvian, Estonian: "18 pasiūlymų", Maxima's offers; "18 piedāvājumi")
                            r"pasiūlymų|pasiūlymai|piedāvājumi|piedāvājumu|pakkumist|pakkumised|"
                            # (a classifieds site's ads: "12,482 ads", "2,318 listings", "9.847 ilan", "Ogłoszeń")
                            r"ads|adverts|listings|anuncios|annonces|anzeigen|inserate|annunci|advertenties|"
                            r"ogłoszeń|ogłoszenia|ilan|объявлений|объявления|оголошень)"
                            # (found: "48 produits trouvés", "48 products found")
                            r"(?:\s(?:found|trouvés|gefunden|encontrados|trovati|gevonden|znalezionych))?$"
                            # (or its label, the count after it in brackets: "All Products (1,482)", Nykaa's)
                            r"|^(?:all\s|alle\s|tous les\s|todos los\s|tutti i\s)?(?:products|items|produkte|artikel|"
                            r"produits|productos|prodotti|produtos|producten|produkty)\s?\(\d{1,3}(?:[.,\s]?\d{3})*\)$"
                            # (or before it after a colon, found or not: "Rasta prekių: 124", "Products found: 48")
                            r"|^(?:(?:rasta|found|gefunden|gefundene|trouvés|encontrados|найдено|знайдено|znaleziono)"
                            r"\s)?(?:products|items|produkte|artikel|produits|productos|prodotti|produtos|producten|"
                            r"produkty|produktów|prekių|prekės|товаров|товарів)(?:\s(?:found|gefunden|trouvés|"
                            r"encontrados))?\s?:\s?\d{1,3}(?:[.,\s]?\d{3})*$"
                            # (or its counter glued after it, as Japanese, Chinese and Korean count: "1,284件",
                            # "86点", "128개 상품")
                            r"|^\d{1,3}(?:,\d{3})*\s?(?:件|点|件の商品|個の商品|件商品|개 상품|개의 상품)$",
                            re.I)


def _shop_cards(blocks: Sequence[Block], cards: frozenset[int], cart_link: bool = False) -> bool:
    """The cards are a shop's products: CARDS_MIN of them priced (FEW_CARDS when the page counts its products, "4
    productos", or shows its cart, "Cart 0", or links to it: a shop's category of four), under no related heading
    (a product's page shows other products' cards under "You may also like")."""
    priced = _priced(blocks, cards)
    return (priced >= CARDS_MIN or priced >= FEW_CARDS and (cart_link or _shop_page(blocks))) \
        and not _under_related_heading(blocks, min(cards))


# the shop's cart in its header, its count of items beside it or not: "Cart 0", "Warenkorb (0)", "Carrinho" (the
# search button's label before it or not: "検索 カート", BASE's icons as a scraper flattens them; in the scripts
# written without spaces glued to it too, "検索カート", inscriptis's)
CART_LINE = re.compile(r"^(?:(?:search|suche|rechercher|buscar|cerca|szukaj|zoeken|sök)\s+|(?:検索|검색|搜索)\s*)?"
                       r"(?:cart|basket|bag|trolley|warenkorb|panier|carrito|carro|carrinho|carrello|koszyk|"
                       r"winkelwagen|"
                       r"varukorg|handlekurv|indkøbskurv|sepet(?:im)?|ostoskori|coșul(?: meu)?|coș|giỏ hàng|keranjang|"
                       r"košík|kosár|"
                       r"カート|장바구니|购物车|السلة|سلة التسوق|عربة التسوق)"
                       # (its count, or its total: "Varukorg 0,00 kr", "Cart $0.00")
                       r"\W*(?:\d{1,3}\W*|[$€£]?\s?0[.,]00\s?(?:kr|zł|kč|€|lei|ft)?)?$", re.I)


# a search's count of its results alone over them: "1.284 resultados", "4 872 résultats" (a shop's when priced cards
# follow: a blog's search counts its results too)
RESULTS_ALONE = re.compile(r"^\d{1,3}(?:[.,\s]?\d{3})*\s+(?:results|resultados|résultats|ergebnisse|risultati|"
                           r"resultaten|wyników|resultat|tulosta|sonuç)$", re.I)


def _shop_page(blocks: Sequence[Block]) -> bool:
    """The page counts its products (or its search's results), shows the shop's cart, or its buttons to filter and
    sort them, or makes a shop's promise ("Free shipping on orders over $75": Vendure's bar over its header), or
    calls itself a shop in a heading (HTML; a menu's "Shop" is no page's name) or a line of its own (Ko-fi's "Shop"
    over a creator's four items)."""
    promise = pattern("shop_promise")
    return any(len(b.text) < HEADER_CHARS and (PRODUCTS_ALONE.match(t := b.text.strip()) or PRODUCTS_COUNTED.match(t)
                                               or RESULTS_ALONE.match(t)
                                               or CART_LINE.match(t) or promise.match(t)
                                               or SHOP_NAME.match(t) and (b.kind == "heading" or not b.tag))
               or len(b.text) < SORT_CHARS and (sort_control(t := b.text.strip()) or _counted_toolbar(t))
               for b in blocks)


# the count of products that opens a category's toolbar, its filter button before it or not, the options of its
# sort control after it, no label ("Filtrera 112 produkter PopulärastLägsta pris", City Gross's as scraped text)
TOOLBAR_COUNT = re.compile(r"^(?:(?P<button>[^\W\d_]+)\s+)?(?P<count>\d{1,3}(?:[.,\s]?\d{3})?\s+[^\W\d_]+)(?:\s|$)")


def _counted_toolbar(text: str) -> bool:
    m = TOOLBAR_COUNT.match(text)
    return m is not None and PRODUCTS_ALONE.match(m.group("count")) is not None \
        and (m.group("button") is None or SORT_LINE.match(m.group("button")) is not None)


SORT_CHARS = 300    # a sort control flattened with its options, the count of products before it or not, is this short
#                     at most (its words are counted: SORT_OPTIONS_WORDS)


SHOP_NAME = re.compile(r"^(?:shop|store|online shop|webshop|boutique|tienda|loja|sklep|negozio|butik|kauppa|mağaza|"
                       r"obchod)$", re.I)


# a category's buttons to filter and sort its products, on their line: "Filteren Sorteren", "Sort by", "Trier par"
_SORT = (r"(?:filter(?:n|en|s)?|sort(?:ieren|eren)?(?: by| nach| op)?|filtrer|trier(?: par)?|filtrar|ordenar(?: por)?|"
         r"filtros|filtri|filtres|filtry|filtre|"
         r"filtra|ordina(?: per)?|filtruj|sortuj(?: według)?|sorteer op|sortera(?: efter)?|sorter(?: etter| efter)?|"
         r"filtrera|filtrele|sırala|järjestä|lajittele|suodata|řadit(?: podle)?|seřadit(?: podle)?|rendezés|"
         r"ordonează(?: după)?|sortează(?: după)?|sắp xếp(?: theo)?|lọc|urutkan(?: berdasarkan)?|"
         r"сортировка|сортировать(?: по)?|сортування|фильтры?|фільтри?|"
         # (Lithuanian, Latvian, Estonian: "Rikiuoti pagal:", "Kārtot pēc", "Sorteeri")
         r"rikiuoti(?: pagal)?|rūšiuoti(?: pagal)?|filtruoti|filtrai|kārtot(?: pēc)?|filtrēt|sorteeri(?: järgi)?|"
         r"filtreeri|"
         r"ترتيب حسب|تصفية|مرتب[ ‌]سازی)")
SORT_LINE = re.compile(rf"^{_SORT}\W*(?:\s+{_SORT}\W*)?$", re.I)


# "Sort by Position Name: A to Z Price: Low to High" (a <select> flattened with its options, each a name, the first
# glued to the label by inscriptis: "Sortieren nachEmpfehlung…"; the label alone is a page_control phrase; the count of
# products may open the line, "5 tuotetta Järjestä: Suosituimmat …", glued to it or not: "5 ArtikelSortieren nach"; the
# filter button before them, "Filtrer 4 produits Trier par Nouveautés …"; or the count after its label,
# "Znaleziono produktów: 4 Sortuj według: …")
SORT_LABEL = re.compile(r"^(?:(?:filter|filtern|filtrer|filtrar|filtra|filtruj|filteren|filtrera|filtrele)\s+)?"
                        r"(?:\d{1,6}\s+[^\W\d_]+\s*|[^\W\d_]+(?:\s[^\W\d_]+)?\s?:\s?\d{1,6}\s+)?"
                        r"(?:sort by|sorted by|sortieren nach|sortiert nach|trier par|"
                        r"ordenar por|ordina per|"
                        r"sortuj według|sorteer op|sortera efter|sorter etter|sırala|järjestä|řadit(?: podle)?|"
                        r"rendezés|"
                        r"ordonează după|sắp xếp theo|urutkan berdasarkan|rikiuoti(?: pagal)?|rūšiuoti(?: pagal)?|"
                        r"kārtot(?: pēc)?|sorteeri(?: järgi)?|ترتيب حسب|مرتب[ ‌]سازی|"
                        # (the verb alone with its colon: "Sortera: Populärast", Hemköp's; "Sort: Newest")
                        r"(?:sort|sortera|sorter|sortér|sortieren|trier|ordenar|ordina|sortuj|sorteer)(?=\s*:))"
                        r"(?:\s*:\s*[^\W\d_]|\s*(?-i:[A-ZÀ-ÞŘŠČŽ]|[\u0600-\u06ff]))",
                        re.I)     # (its first option's name; in small letters after a colon: "Sort By : popularity")
SORT_OPTIONS_WORDS = 30     # (its options, and the label and the chosen one again: Amazon's, flattened)
SORT_CHOSEN_WORDS = 5       # (the chosen option alone, in small letters after the colon: "Sort By : popularity"; not
#                             a how-to's step, "Sort by: the date you planted them, then water")
# "Display 3 6 9 per page", "Artikel pro Seite 20 40": a page-size <select> flattened with its options
_PER_PAGE = r"(?:per page|pro seite|par page|por página|per pagina|na stronie)"
PAGE_SIZES = re.compile(rf"^[^\W\d_]+(?:(?:\s+\d{{1,3}})+\s+{_PER_PAGE}|\s+{_PER_PAGE}(?:\s*\d{{1,3}})+)$", re.I)


def list_control(text: str) -> bool:
    m = SORT_LABEL.match(text)
    most = SORT_CHOSEN_WORDS if m is not None and text[m.end() - 1].islower() else SORT_OPTIONS_WORDS
    return m is not None and len(words(text)) <= most and not ends_sentence(text) or PAGE_SIZES.match(text) is not None


def sort_control(text: str) -> bool:
    """A list's buttons to filter and sort it, the count of its products after them or not ("Filtros Ordenar 86
    artículos"), or its sort or page-size control with its options."""
    text = unglued(text)        # (its buttons glued: "FiltrosOrdenar 86 artículos", inscriptis')
    m = TRAILING_COUNT.search(text)
    if m is not None and PRODUCTS_ALONE.match(m.group(0).strip()):
        text = text[:m.start()]
    elif (m := LEADING_COUNT.match(text)) is not None and PRODUCTS_ALONE.match(m.group(0).strip()):
        text = text[m.end():]       # (the count before the label, its options unread: "86 produktů Řadit podle")
    return SORT_LINE.match(text) is not None or list_control(text) \
        or (f := FILTERS_FIRST.match(text)) is not None and list_control(text[f.end():])
    #          (the filters' button before the sort control: "Filters Sorteer op: Relevantie Prijs laag-hoog", Albert
    #          Heijn's)


FILTERS_FIRST = re.compile(r"^(?:filters?|filtern|filteren|filtros|filtri|filtres|filtry|filtre|filtra|filtrera|"
                           r"suodata)\s+(?=\S)", re.I)
TRAILING_COUNT = re.compile(r"\s\d{1,3}(?:[.,\s]?\d{3})?\s+[^\W\d_]+$")
LEADING_COUNT = re.compile(r"^\d{1,3}(?:[.,\s]?\d{3})?\s+[^\W\d_]+\s+(?=\S)")


RELATED_REACH = 3       # blocks over a list of cards where its heading stands


def _others_below(blocks: Sequence[Block], buys: list[int]) -> int:
    """Where a page's own buy buttons end: at the first heading over other products ("Related products",
    "Související produkty") under a buy button, whose cards bring buttons and prices of their own (a product's
    page; a category's grid under a heading "Popular" at its top has no button over that)."""
    return next((b.index for b in blocks if buys and b.index > buys[0] and len(b.text) < SHORT_CHARS
                 and made_of(("related_heading",), b.text)), len(blocks))


def _under_related_heading(blocks: Sequence[Block], first: int) -> bool:
    """The cards stand under a heading over other things ("Related products", "You may also like"): a product's
    page shows them, not a category's."""
    return any(made_of(("related_heading",), t := blocks[k].text) and fold(t) not in NEWEST
               for k in range(max(0, first - RELATED_REACH), first))


# the headings that say the newest posts: a story's box of other stories, or an index's own title over its list
# (Kinja's "Latest"), never a related one's alone
NEWEST = frozenset({"latest", "latest posts", "latest stories", "latest articles", "latest news", "recent posts",
                    "recent stories", "recent articles", "neueste beiträge", "neueste artikel", "derniers articles",
                    "últimas entradas", "últimos artículos", "ultimi articoli", "najnowsze wpisy",
                    "nieuwste berichten"})


def _prose_outside(blocks: Sequence[Block], inside: frozenset[int]) -> int:
    """Words of the page's paragraphs of prose (no links) outside `inside`."""
    return sum(n for b in blocks if b.index not in inside and b.link_density < 0.5
               and (n := word_count(b.text)) >= PARAGRAPH_WORDS)


# a message's header in a mail archive's <pre>, public-inbox's (lore.kernel.org's): its subject after a star, then "@",
# its date and time and its author: "* [PATCH v2] tidemap: fix leak …" / "@ 2026-03-08 10:14 Anja Keller"; or the
# thread's index under the messages, "Thread overview: 3+ messages (download: mbox.gz …)"
INBOX_HEADER = re.compile(r"^\*\s[^\n]{1,300}\n@\s\d{4}-\d\d-\d\d\s+\d{1,2}:\d\d\s"
                          r"|^Thread overview: \d{1,5}\+? messages?\b")


def inbox_frame(text: str) -> bool:
    """A mail archive's message header or thread index (INBOX_HEADER; the pattern runs only on what opens as one)."""
    return text[:2] in ("* ", "Th") and INBOX_HEADER.match(text) is not None


def forum_mark(text: str) -> bool:
    """A line of a thread's post: its button, its author's field, its header with its time and number (or its
    score and age), its signature with its time, its subject ("Re: …"); or a few short lines, one of them such a
    line (the author's fields one under the other in one element: MyBB's "Mensajes: 214<br>Temas: 19<br>Registro
    en: Mar 2019")."""
    if "\n" in text:
        if inbox_frame(text):
            return True
        lines = text.split("\n")
        return len(lines) <= FIELD_LINES and all(len(line) < HEADER_CHARS for line in lines) \
            and any(_post_line(line) for line in lines)
    return _post_line(text)


FIELD_LINES = 4         # a member's card of fields in one element: this many lines at most
# a member's card on a line, its name and rank then its count of posts: "مریم_گلها کاربر فعال ۸۴۲ پست" (Ninisite's),
# "tidewatcher Moderator 1,204 posts" (not a button to them: "Read all 12 posts")
MEMBER_POSTS = re.compile(r"^(?!(?:read|view|see|show|all)\b)\S.{0,40}\s\d[\d,.]*\s(?:posts|beiträge|messages|"
                          r"mensajes|messaggi|postów|posty|berichten|mensagens|inlägg|innlegg|indlæg|viestiä|"
                          r"příspěvků|сообщений|сообщения|повідомлень|"
                          r"mesaj|پست|مشاركة|مشاركات)$", re.I)


# a post's row of buttons flattened onto one line, "Quote" among them: Vanilla's "Flag Like Quote"
QUOTE_WORDS = frozenset("quote zitieren zitat citer citar cytuj citeer citeren citera sitér lainaa citovat multiquote "
                        "idéz цитировать цитувати alıntı alıntıla 引用 kutip "
                        # (Chinese's quoting reply, Mobile01's "引言回覆": "推 12 引言回覆 檢舉")
                        "引言 引言回覆 引用回覆 引用回复 "
                        # (the fediverse's repost of a post, which quotes it: Mastodon's "Boost", Misskey's "Renote")
                        "boost renote ブースト リノート "
                        # (and a link aggregator's boost of a post or a comment on the fediverse: kbin's "odpowiedz
                        # podbij więcej", Polish's "reply boost more")
                        "podbij "
                        # (Persian's "نقل قول", two words, Arabic's "اقتباس", Hebrew's "ציטוט")
                        "نقل قول اقتباس ציטוט".split())
# or the button that reports a post to the board's moderators, which a reader's post has and a publisher's story
# has not ("Like 8 Share Report"; Pantip's "ถูกใจ 8 แชร์ แจ้งลบ", a Korean cafe's "답글 신고")
REPORT_WORDS = frozenset("report flag melden signaler denunciar zgłoś пожаловаться поскаржитися şikayet ilmoita "
                         "jelentés segnala nahlásit nahlásiť "       # (Italian's, EasyDiscuss'; Czech's, Slovak's)
                         "laporkan "                                 # (Indonesian's, AnsPress's)
                         "แจ้งลบ 신고 举报 舉報 檢舉 通報 違反報告 گزارش إبلاغ דווח".split())
POST_BUTTONS = QUOTE_WORDS | REPORT_WORDS | frozenset(
    "like reply share edit delete permalink thanks antworten répondre responder odpowiedz curtir gosto danke "
    "merci gracias obrigado grazie dziękuję ответить відповісти beğen cevapla yanıtla "
    "favourite favorite bookmark 返信 リアクション お気に入り "
    # (Dutch: "Reageer Quote Meld", Tweakers')
    "reageer reageren meld beantwoorden "
    # (Thai, Korean, Chinese: like, reply, share; a Korean cafe's "scrap", its copy to one's own board)
    "ถูกใจ ตอบกลับ แชร์ 추천 답글 공유 스크랩 回复 回覆 分享 点赞 點讚 "
    # (a Chinese board's recommend, favourite and "light up", its like: Hupu's "推荐 (12) 回复 收藏 分享 举报")
    "推荐 推薦 收藏 亮了 "
    # (a Taiwanese board's push, its like: Mobile01's "推 12", PTT's)
    "推 "
    # (Finnish: reply, and the report button's words, "Vastaa Lainaa Ilmoita asiaton viesti", Suomi24's)
    "vastaa asiaton viesti "
    # (Korean: like, comment, "me too", Naver KnowledgeiN's "좋아요 8 댓글 신고", "나도 궁금해요 공유 신고")
    "좋아요 댓글 나도 궁금해요 "
    # (Persian, Arabic and Hebrew: like, reply)
    "پسندیدم پاسخ أعجبني رد אהבתי השב הגב "
    # (a Japanese Q&A's answer's buttons: "共感した 12 違反報告", OKWAVE's)
    "共感した 回答する "
    # (a members' community's: "Reply Privately", "Report Inappropriate", Higher Logic's)
    "privately inappropriate "
    # (Hungarian: reply, link, and the private message's second word, "válasz privát üzenet hivatkozás",
    # PROHARDVER!'s; and the message's word in other languages)
    "válasz hivatkozás üzenet message nachricht mensaje messaggio wiadomość "
    # (Italian: "Mi piace 2 Rispondi Segnala", EasyDiscuss'; German: "Gefällt mir 6 Antworten", Skool's)
    "mi piace rispondi gefällt mir "
    # (a comment's button, "Add comment Report Share"; Indonesian's: "Tambahkan komentar Laporkan Bagikan", AnsPress's)
    "comment tambahkan komentar bagikan balas suka "
    # (a link aggregator's post's: its votes, its comments' count, "▲ 34 ▼ 12 Kommentare Teilen Melden", PieFed's)
    "comments kommentare teilen "
    # (and Polish's count of comments under a post, "6 komentarzy podbij (3) więcej", kbin's)
    "komentarze komentarzy "
    # (Turkish: the private message's "mesaj gönder" and the post's moderation log, Ekşi Sözlük's entry's menu
    # "mesaj gönder şikayet modlog")
    "mesaj gönder modlog "
    # (a community's clap, its like: "Applaudi Rispondi", Mighty Networks')
    "clap applaud applaudi aplaudir applaudir".split())
# or the button that writes to the post's author in private ("PM", "privát üzenet", "Private message"): a board's
PRIVATE_WORDS = frozenset("pm privát private privé privado privato prywatna privatnachricht".split())
ROW_MARKS = QUOTE_WORDS | REPORT_WORDS | PRIVATE_WORDS     # (one of these makes a row of buttons a post's)
# ("Reply Quote Add reaction", YouTrack's comments'; and the post's menu of more buttons, "Reply Boost More",
# kbin's "odpowiedz podbij więcej")
# (and Turkish's report's second word, "Şikayet Et": "Alıntı Beğen Şikayet Et", phpFox's)
BUTTON_ROW_WORDS = POST_BUTTONS | PRIVATE_WORDS | frozenset("add reaction more więcej mehr más meer et".split())
BUTTON_ROW = 6          # buttons in a row, at most
# (two words, one of them these: one button's label, "Report Comment", a news site's comments' as much as a thread's)
ONE_BUTTON = frozenset({"comment", "komentar", "comments", "kommentare"})
GLUED_COUNT = re.compile(r"[(（]\d[\d,.]*[kK万]?[)）]$")      # a button's count glued on in brackets: "亮了(35)"


def button_row(t: str) -> bool:
    """A post's buttons in a row, one of them its quote, report or private message button ("Curtir Citar Responder",
    "válasz privát üzenet hivatkozás"; the post's score beside them, a number: NodeBB's "Antworten Zitieren 4"), or
    their labels glued with no space between, as links side by side are ("답글신고", Daum Cafe's reply and report)."""
    # (its counts, and its menu's "…" apart: Misskey's "返信 3 リノート 2 リアクション …")
    ws = [w for w in (GLUED_COUNT.sub("", w) for w in t.lower().split())
          if not w.isdigit() and any(c.isalpha() for c in w)]
    if len(ws) == 1 and len(ws[0]) <= GLUED_BUTTONS_CHARS:
        ws = _glued_buttons(ws[0]) or ws
    return 1 < len(ws) <= BUTTON_ROW and not (len(ws) == 2 and not ONE_BUTTON.isdisjoint(ws)) \
        and not ROW_MARKS.isdisjoint(ws) and BUTTON_ROW_WORDS.issuperset(ws)


GLUED_BUTTONS_CHARS = 24     # a row of buttons glued into one word is this short


def _glued_buttons(word: str) -> list[str]:
    """The word as two or more of BUTTON_ROW_WORDS glued ("답글신고": "답글", "신고"), or none."""
    ends: dict[int, list[str]] = {0: []}     # (where a split of the word's start ends, and its words)
    for i in range(1, len(word) + 1):
        j = next((j for j in range(i) if j in ends and word[j:i] in BUTTON_ROW_WORDS), None)
        if j is not None:
            ends[i] = ends[j] + [word[j:i]]
    found = ends.get(len(word), [])
    return found if len(found) > 1 else []


def _long_subject(t: str) -> bool:
    """A reply's subject with its header after it, no sentence: "RE: Print export cuts off long tables - Added by
    Marek Lis 5 days ago" (Redmine's)."""
    return REPLY_SUBJECT.match(t) is not None and not ends_sentence(t)


def _post_line(text: str) -> bool:
    if len(text) >= HEADER_CHARS:
        return len(text) < EDITED_CHARS and EDITED.match(text.strip()) is not None or _glued_frame(text.strip()) \
            or len(text) < FRAME_CHARS and (_commented_in(text.strip()) or _long_subject(text.strip())
                                            or LIST_ARCHIVE_NAV.match(text) is not None
                                            or ANSWER_NOTE.match(text.strip()) is not None
                                            or IMAGEBOARD_HEADER.search(text) is not None
                                            or TOPIC_COUNTS.match(text.strip()) is not None
                                            or _numbered_comment(text.strip()))
    t = text.strip()
    # (a header, a signature, or the member's fields inscriptis glues to their labels: "JoinedFeb 2, 2024
    # Messages7 LocationLeeds")
    if POINTS.search(t) or SCORED.match(t) or FOLDED.search(t) or ASKED.match(t) and DIGIT.search(t) \
            or FORUM_MARK.match(t) or REPLY_SUBJECT.match(t) \
            or FLOOR.search(t) or EDITED.match(t) or REACTION.match(t) or button_row(t) or VOTES.match(t) \
            or THREAD_STATS.search(t) or TOPIC_COUNTS.match(t) or ANSWER_COUNT.match(t) or _name_and_handle(t) \
            or _posts_since(t) \
            or _posted_this(t) or _reply_by(t) or _dated_after(POSTED_AT.match(t), t) or FEDI_HEADER.match(t) \
            or LIST_ARCHIVE_NAV.match(t) \
            or ANSWER_NOTE.match(t) or IMAGEBOARD_HEADER.search(t) or _masked_ip(t) or GUEST_IP.match(t) \
            or FLOOR_HEAD.match(t) and has_date_shape(t) or MEMBER_POSTS.match(t) or SHARED_TO.match(t) \
            or CJK_VIEWS.search(t) or t[:1] in REPLY_TO_HANDLE_OPENINGS and REPLY_TO_HANDLE.match(t) or _handle_age(t) \
            or _last_comment(t) or FILE_INFO.match(t):
        return True
    if ":" in t and MEMBER_CARD.match(t):
        return True
    if _numbered_comment(t) or _dated_after(COMMENT_HEAD.match(t), t):
        return True
    if (m := POST_NUMBER.search(t)) is not None and (before := t[:m.start()].rstrip(" :"))[-1:].isdigit() \
            and has_date_shape(" ".join(before.split()[-DATE_WORDS:])):
        return True     # (its author, their handle and when, then its number right after the date: "Dan Yates
        #                 (dyates) said on 2026-03-02: #1", Launchpad's; not "… of 28 Nov 2026 ranked #1")
    if ROLE_BADGE.search(t) and has_date_shape(t):
        return True     # (its author's name, role and date: "Marcos Vieira Especialista de produto 20/11/2026")
    if len(text) >= SHORT_CHARS:
        return False
    m = POST_NUMBER.search(t)
    if m is not None and any(c.isdigit() for c in t[:m.start()]):
        return True
    if (m := COMMENTED.match(t)) is not None and (has_date_shape(t[m.end():]) or AGE.search(t[m.end():])):
        return True
    if t[:1] == "#" and (m := LEADING_NUMBER.match(t)) is not None and has_date_shape(t[m.end():]):
        return True                 # (its number first, then its date: e107's "#2 śro gru 02 2026, 19:05")
    return _dated_before(POST_ANCHOR.search(t), t)      # (its time glued to the post's link: bbPress's "… à 18 h
    #                                                     42 min#2291")


# a link aggregator's post header on the fediverse, who shared it to which community on which server: "submitted 2
# days ago by jonas_k to fahrrad@feddit.example" (Lemmy's), "geteilt von jonas_k in fahrrad@feddit.example · vor 2
# Tagen" (PieFed's)
# a server's name after "@" on the fediverse ("@feddit.example"), and a member's handle with it or not ("@anna",
# "@bruno@brot.example"): what its headers, its communities and its replies name
_SERVER = r"@[\w-]{1,60}(?:\.[\w-]{1,60}){1,4}"
_HANDLE = rf"@[\w.-]{{1,30}}(?:{_SERVER})?"
SHARED_TO = re.compile(r"^(?:submitted|posted|shared|geteilt|gepostet|eingereicht|publié|partagé|publicado|"
                       r"compartido|pubblicato|condiviso|opublikowany|gedeeld)\b[^@\n]{0,60}?\s(?:to|in|an|dans|à|en|"
                       rf"a|su|w|naar)\s[\w.-]{{1,40}}{_SERVER}\b", re.I)


# a post's header that shows its author's name, then the member's handle, then when ("Kit Marsh kmarsh Nov 23, 2026
# Core Member": Talkyard's, Discourse's): the handle holds a word of the name
NAME_HANDLE = re.compile(r"^(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+){1,2})\s+@?(?P<handle>[\w.-]{3,30})\s+"
                         r"(?P<rest>\S.*)$")
HANDLE_NAME_CHARS = 3    # the name's word the handle holds is this long at least ("kmarsh" holds "marsh")
# or a post's header on the fediverse: the name, the handle with its server, its age glued on or not ("Miro Haas
# @miro@bread.town1d", Mastodon's)
# (the name's words each with a capital or none, "Dana Okafor", "🍞 Miro": not a sentence's, "Write to me at")
_NAME_WORD = r"(?:[^\W\d_a-zß-ÿ]|[^\w\s@])[^\s@]{0,30}"      # (a capital first, or a mark: an emoji)
# (or the local handle of the server's own member, no server after it, then the post's age: "つばさ @tsubasa 42分前",
# Misskey's; its age in Japanese, Korean or Chinese)
_FEDI_AGE = r"\d{1,2}(?:[smhdw]|\s?(?:秒前|分前|時間前|日前|週間前|か月前|초 전|분 전|시간 전|일 전|分钟前|小时前|天前))"
FEDI_HEADER = re.compile(rf"^{_NAME_WORD}(?:\s{_NAME_WORD}){{0,3}}\s@[\w.-]{{1,30}}(?:{_SERVER}"
                         rf"(?:\s?{_FEDI_AGE})?|\s{_FEDI_AGE})$")


# or a reply's line naming the post's author it answers, their handle after "@" (the fediverse's, Akkoma's "Antwort an
# @anna", Mastodon's "Replying to @bruno@brot.example")
REPLY_TO_HANDLE = re.compile(r"^(?:replying to|in reply to|reply to|antwort an|als antwort an|en réponse à|répondre à|"
                             r"respuesta a|en respuesta a|in risposta a|risposta a|w odpowiedzi do|odpowiedź do|"
                             rf"antwoord aan|als antwoord op|resposta a|em resposta a|svar till|svar til)\s{_HANDLE}$",
                             re.I)
REPLY_TO_HANDLE_OPENINGS = frozenset("RrIiAaEeWwOoSs")
# or a post's author's handle alone with the post's age, its name on the line over it: "@anna vor 2 T.",
# "@bruno@brot.example 2d" (Akkoma's, as scrapers split the header)
HANDLE_AGE = re.compile(rf"^{_HANDLE}\s(?P<age>\S.{{0,24}})$")
FEDI_AGE_ALONE = re.compile(rf"^{_FEDI_AGE}$")


# a post's line that says when its latest comment came: "Neuer Kommentar vor 3 Std.", "Last comment 2h ago" (Skool's)
LAST_COMMENT = re.compile(r"^(?:new|last|latest|neuer|letzter|neuester|nouveau|dernier|nuevo|último|nuovo|ultimo|"
                          r"nowy|ostatni|nieuwe|laatste)\s(?:comment|reply|kommentar|antwort|commentaire|réponse|"
                          r"comentario|respuesta|commento|risposta|komentarz|odpowiedź|reactie)\s(?P<age>.{1,24})$",
                          re.I)


def _last_comment(t: str) -> bool:
    m = LAST_COMMENT.match(t)
    return m is not None and an_age(m.group("age"))


def _handle_age(t: str) -> bool:
    m = t[:1] == "@" and HANDLE_AGE.match(t)
    return bool(m) and an_age(m.group("age"))


def an_age(text: str) -> bool:
    """How long ago, with its number: "vor 2 T.", "2 dni temu", "3h", "42分前"."""
    return DIGIT.search(text) is not None and (AGE.search(text) is not None or FEDI_AGE_ALONE.match(text) is not None)


def _name_and_handle(t: str) -> bool:
    m = NAME_HANDLE.match(t)
    if m is None:
        return False
    handle = m.group("handle").casefold()
    return any(len(w) >= HANDLE_NAME_CHARS and w in handle for w in m.group("name").casefold().split()) \
        and has_date_shape(m.group("rest"))


# a member's count of posts since the day they joined, beside their name and rank: "Dora Kovács Newbie 12 posts
# since Feb 3, 2024" (Jive's), "412 Beiträge seit 03.02.2024"
POSTS_SINCE = re.compile(rf"\b\d[\d.,]*\s{_STATS}\s(?:since|seit|depuis|desde|dal|od|sinds|sedan)(?:\s|$)", re.I)


# a reply's header, "Reply by" its author "on" its date: "Reply by Kees de Boer on March 2, 2026 at 9:02pm", "Reactie
# van Ria op 3 maart 2026 om 08:40" (Ning's)
REPLY_BY = re.compile(r"^(?:reply by|reactie van|antwort von|réponse de|respuesta de|risposta di|odpowiedź od)\s"
                      r"[^\s].{0,40}?\s(?:on|op|am|le|el|il|dnia)\s", re.I)


def _masked_ip(t: str) -> bool:
    return any(not m.group().replace(".", "").isdigit() for m in MASKED_IP.finditer(t))


def _numbered_comment(t: str) -> bool:
    return t.endswith(")") and _dated_before(COMMENT_NUMBER.search(t), t)


# or the header of a reply that names the post it answers and its author (one word), then its time: "Ответ на:
# комментарий от nss 21.11.26 19:55:31 MSK" (LOR's), "In reply to: comment by nss, 21 Nov 2026"
REPLY_TO = re.compile(r"^#?\s*(?:in reply to|reply to|ответ на|відповідь на|antwort auf|réponse à|respuesta a|"
                      r"risposta a|odpowiedź na)\s?:?\s.{0,40}?\s(?:by|from|от|від|von|de|di|od)\s\S{1,40}\s", re.I)


def _reply_by(t: str) -> bool:
    return _dated_after(REPLY_BY.match(t) or REPLY_TO.match(t), t)


def _posted_this(t: str) -> bool:
    return _dated_after(POSTED_THIS.match(t), t)


def _posts_since(t: str) -> bool:
    return _dated_after(POSTS_SINCE.search(t), t)


def _dated_after(m: re.Match | None, t: str) -> bool:
    """A date after what the pattern found in `t`."""
    return m is not None and has_date_shape(t[m.end():])


def _dated_before(m: re.Match | None, t: str) -> bool:
    """A date before what the pattern found in `t`."""
    return m is not None and has_date_shape(t[:m.start()])


def _commented_in(t: str) -> bool:
    """A comment's header glued among the lines around it (get_text's shape of an issue tracker's timeline)."""
    return any(has_date_shape(t[m.end():m.end() + COMMENTED_REACH]) for m in COMMENTED_IN.finditer(t))


def _glued_frame(t: str) -> bool:
    """A post's frame flattened onto one line, its buttons, its author's card and its header, ending with its date
    and number ("Lubię to 2 osoby lubią to Odpowiedz Cytuj stolarz_marek Ekspert 2 940 postów stolarz_marek
    Ekspert 28 lis 26 #2", Misago's as html_text): no sentence, a quote button or the author's count of posts
    among its words."""
    if len(t) >= FRAME_CHARS:
        return False
    if (m := POST_NUMBER.search(t)) is None:    # (or its author's card with when they joined, then when it was
        #                                         posted: "Marcel_B Messages postés 12 Date d'inscription lundi 4
        #                                         mars 2024 Statut Membre - 9 mars 2026 à 09:12")
        return not ends_sentence(t) and _dated_after(JOINED_IN.search(t), t)
    if ends_sentence(t[:m.start()]):
        return False
    return (not QUOTE_WORDS.isdisjoint(t.lower().split()) or POST_COUNT.search(t) is not None) \
        and has_date_shape(t[:m.start()])


JOINED_IN = re.compile(rf"(?<!\w){_JOINED}(?!\w)", re.I)


FRAME_CHARS = 200
# the author's card glued onto one line, the count of posts last: "Lena_K Mitglied Beiträge: 12" (Asgaros Forum's)
MEMBER_CARD = re.compile(rf"^\S+(?:\s\S+){{0,3}}\s{_STATS}\s?:\s?\d[\d.,]*$", re.I)
POST_COUNT = re.compile(rf"\b\d[\d.,]*\s(?:{_STATS}|postów|post)\b", re.I)    # "2 940 postów", "311 posts"


def _thread(blocks: Sequence[Block]) -> bool:
    """FORUM_MIN of a thread's posts' marks (buttons, fields, headers, signatures); not their kudos alone beside
    posts' "Read more" buttons, or their kudos or reactions inside a list's cards (a blog's list of posts counts
    each one's kudos or likes too: Svbtle's, Velog's "♥ 41"). Or the credit to a
    community's software under the page ("Powered by Circle"): its posts' comments are its replies. Or FORUM_MIN
    comments pushed under a post on a BBS (PUSH)."""
    if any(len(line) < COMMUNITY_CHARS and COMMUNITY_CREDIT.match(line.strip()) for b in blocks
           for line in b.text.split("\n")):        # (a line of its own in the footer's block: "Impressum ·
        return True                                 # Datenschutz" / "Powered by HumHub", HumHub's)
    if _board_messages(blocks) or sum(pushed(b.text) is not None for b in blocks) >= FORUM_MIN:
        return True
    marks = thread_marks(blocks)
    return len(marks) >= FORUM_MIN and not (all(KUDOS.match(t := blocks[i].text.strip()) or REACTION.match(t)
                                                for i in marks)
                                            and (len(read_more_lines(blocks)) >= FORUM_MIN
                                                 or card_list(blocks).issuperset(marks)))


KUDOS = re.compile(rf"^{_KUDOS}$", re.I)
# a comment pushed under a post on a Taiwanese BBS, a line each: its mark (推 for, 噓 against, → neither), the member's
# id, the comment, then when (and from where): "推 mossgreen: 換盆後一個月內發黃很常見 03/12 21:20" (PTT's)
PUSH = re.compile(r"^[推噓→]\s?[A-Za-z][A-Za-z0-9_]{1,13}\s?:\s?(?P<text>\S.*?)\s+"
                  r"(?:\d{1,3}(?:\.\d{1,3}){3}\s+)?\d{2}/\d{2}(?:\s\d{2}:\d{2})?$")

# and the sign-off under a BBS post, after the signature's dashes: "-- ※ 發信站: 批踢踢實業坊(ptt.cc)" (PTT's), "-- ※ 来源:·水木社区"
BBS_SIGN_OFF = re.compile(r"\s--\s+※\s?(?:發信站|发信站|來源|来源)\s?[:：]")


def pushed(text: str) -> str | None:
    """A BBS push's comment without its mark, member and time (PUSH), or None."""
    t = text.strip()
    m = PUSH.match(t) if t[:1] in "推噓→" else None
    return None if m is None else m.group("text")


def _board_messages(blocks: Sequence[Block]) -> bool:
    """(HTML) FORUM_MIN sentences or more in elements a board's class words call its messages ("bloc-message-forum",
    jeuxvideo.com's: their headers may show nothing a rule knows), most of the page's sentences; not an article's
    comments, which SPIP calls its "forum", nor a menu's. Under a thread's opening post in such elements, the
    comments inside the board's elements are its replies (Hivebrite's topic: "hb-forum" around its "post" and
    its "comment"s)."""
    said = [b for b in blocks if ends_sentence(b.text) and not b.tokens & FRAME_MARKS]
    board = [b for b in said if "forum" in b.tokens]
    posts = [b for b in board if not POST_TOKENS.isdisjoint(b.tokens) and COMMENT_TOKENS.isdisjoint(b.tokens)]
    if posts:
        posts += [b for b in board if b.index > posts[0].index and not COMMENT_TOKENS.isdisjoint(b.tokens)]
    return len(posts) >= FORUM_MIN and 2 * sum(map(word_count, (b.text for b in posts))) \
        > sum(map(word_count, (b.text for b in said)))


POST_TOKENS = frozenset({"message", "messages", "msg", "post", "posts", "reply", "replies"})
# the footer's credit to a community's or a board's software: "Powered by Circle", "Powered by Discourse"
# (in other languages too: "Propulsé par Elgg", "Con la tecnología de Discourse")
# (the words of a footer's credit to the software a site runs on, in its languages; or what it runs on: "Orto Sociale
# gira su Friendica", "… läuft mit …")
_CREDIT_WORDS = (r"(?:powered by|built (?:on|with)|community (?:powered )?by|propulsé par|betrieben (?:mit|von)|"
                 r"desarrollado (?:con|por)|con la tecnología de|com tecnologia|mogelijk gemaakt door|aangedreven door|"
                 r"obsługiwane przez|realizzato con|drivs av|drevet av|"
                 r"runs on|running on|gira su|funziona con|läuft (?:mit|auf)|fonctionne (?:avec|sous)|"
                 r"funciona con|draait op|"
                 # (or what it was made with: "Creato con Mighty Networks", "Made with …")
                 r"made with|created with|creato con|creado con|créé avec|erstellt mit|criado com|gemaakt met)")
COMMUNITY_CREDIT = re.compile(rf"^(?:{_SITE_NAME}\s)?"      # (the site's name, or none)
                              rf"{_CREDIT_WORDS}\s(?:circle|discourse|"
                              r"vanilla forums|flarum|nodebb|xenforo|phpbb|mybb|invision community|bettermode|"
                              r"mighty networks|khoros|discuz!?|talkyard|misago|nabble|forumbee|vbulletin|skool|"
                              # (a chat's public archive of its topics, each a thread: Zulip's; a tracker's forums
                              # and issues, their replies: Redmine's, its copyright after it)
                              r"zulip|redmine|"
                              # (an issue tracker's issues, their comments, its version after it or not: "Powered by
                              # YouTrack 2026.3 · Help · REST API")
                              r"youtrack(?:\s\d{4}\.\d{1,2})?|"
                              # (a social network's engine, its groups' discussions: Elgg's, HumHub's spaces,
                              # phpFox's forum)
                              r"elgg|humhub|phpfox|"
                              # (and the fediverse's networks of posts and their comments: Friendica's, Hubzilla's)
                              r"friendica|hubzilla|diaspora\*?|"
                              # (and the microblogs' servers, a post with its replies: "Betrieben mit Akkoma")
                              r"akkoma|pleroma|misskey|sharkey|gotosocial|"
                              # (and the fediverse's link aggregators, a thread's post with its comments: "Obsługiwane
                              # przez kbin", Mbin's, Lemmy's, PieFed's)
                              r"kbin|mbin|lemmy|piefed|"
                              # (a feedback board's posts, each with its comments: Fider's; the footer's legal links
                              # after the credit on its line, "Powered by Fider Privacy Terms")
                              r"fider)(?:\s©[^©]{0,60}\W*|\s[^\W\d][^.!?©]{0,40}|\s[·|]\s[^.!?©]{0,40}|\W*)$", re.I)
# (or to a scheduling service, the page a business's booking page: "Powered by Calendly", after the footer's other
# links on its line or not; shown_type's)
BOOKING_CREDIT = re.compile(rf"(?:^|\s){_CREDIT_WORDS}\s(?:calendly|acuity scheduling|simplybook\.me|setmore|"
                            r"square appointments|youcanbook\.me|picktime|appointy|10to8|cal\.com|tidycal|savvycal|"
                            r"zcal|oncehub|cliniko|jane app|simplepractice)\W*$", re.I)
BOOKING_CREDIT_CHARS = 120
COMMUNITY_CHARS = 60


def thread_marks(blocks: Sequence[Block]) -> list[int]:
    """The blocks that mark a thread's posts: a line `forum_mark` knows, or the first of two lines that make one
    apart (Discuz!'s member's count and its label, "412" / "Posts", either first, and its floor number, "4" / "#";
    a Q&A post's signature split at its time, as get_text("\\n") splits it: "answered" / "Jun 30, 2024 at 10:21";
    a member's count of posts split from the day they joined: "12 posts since" / "Feb 3, 2024"; a post's header
    with its time over its number alone, "tidewatcher Mar 8 @ 4:40pm" / "#1")."""
    voted = {i for i, b in enumerate(blocks) if b.tokens & VOTE_TOKENS and COUNT.match(b.text.strip())}
    opening = any(not blocks[i].tokens & RESPONSE_TOKENS for i in voted)
    # (or each reply's button to vote on it, "Vote" alone, which a blog's comments do not show: Tildes')
    buttons = {i for i, b in enumerate(blocks) if (v := b.text.strip().lower()) in VOTE_BUTTONS
               and (b.tokens & RESPONSE_TOKENS or v == "vote" and _over_reply(blocks, i))}
    #            (as text, "Vote" over "Reply", each on its line)
    return [i for i, b in enumerate(blocks) if forum_mark(b.text) or opening and i in voted or i in buttons
            or split_button_row(blocks, i) > 0
            or i + 1 < len(blocks) and (_split_stat(b.text.strip(), blocks[i + 1].text.strip())
                                        or _split_signature(b.text, blocks[i + 1].text)
                                        or _split_since(b.text, blocks[i + 1].text)
                                        or _split_for_against(b.text, blocks[i + 1].text)
                                        or i and _split_votes(blocks[i - 1].text, b.text, blocks[i + 1].text))]


def split_button_row(blocks: Sequence[Block], i: int) -> int:
    """The lines of a post's row of buttons split a line each from `i`, as soup splits its elements, its counts
    between them ("אהבתי" / "3" / "ציטוט" / "השב" / "דווח"): a `button_row` of them, `i` its first (no button over it);
    0 for none."""
    def piece(k: int) -> bool:      # (a button of two words too: "Mi piace"; its count before it or glued after it,
        #                             "6 komentarzy", "podbij (3)"; or two buttons a block holds, a line each)
        return all(_button_piece(t.strip()) for t in blocks[k].text.strip().lower().split("\n"))

    if not piece(i) or i and piece(i - 1) and not (blocks[i].text.strip().isdigit()
                                                   and blocks[i - 1].text.strip().isdigit()):
        return 0        # (a count that opens it may stand under the post's score, its votes up and down, "14" /
        #                 "0" / "6 komentarzy": kbin's)
    if blocks[i].text.strip().isdigit() and not (i + 1 < len(blocks) and piece(i + 1)
                                                 and not blocks[i + 1].text.strip().isdigit()):
        return 0        # (a count opens a row only before a button: the post's favourites, "12" / "mesaj gönder" /
        #                 "şikayet", Ekşi Sözlük's; not a count alone, or a pager's numbers)
    k = i
    while k < len(blocks) and k - i < 2 * BUTTON_ROW and piece(k):
        k += 1
    row = [blocks[j].text.strip().lower() for j in range(i, k)]
    named = [w for w in row if not w.isdigit()]
    return k - i if len(set(named)) == len(named) and button_row(" ".join(row)) else 0     # (each button once: no
    #                                           row shown twice, for two screens' sizes, "Antworten" / "Antworten" /
    #                                           "Melden" / "Melden", a paper's comments; its counts may repeat)


SPLIT_COUNT_DIGITS = 5      # a count between a post's buttons is this short


def _button_piece(t: str) -> bool:
    """A line of a post's buttons split a line each: a count, or a button of one or two words with its count before
    it or glued after it (`t` lowered)."""
    if t.isdigit():
        return len(t) < SPLIT_COUNT_DIGITS
    ws = [w for w in (GLUED_COUNT.sub("", w) for w in t.split()) if w]
    if ws and ws[0].isdigit() and len(ws[0]) < SPLIT_COUNT_DIGITS:
        ws = ws[1:]
    return 0 < len(ws) <= 2 and BUTTON_ROW_WORDS.issuperset(ws)


def _split_for_against(t: str, after: str) -> bool:
    """A post's votes for and against split a line each, soup's shape: "赞(86)" / "踩(3)"."""
    return t.lstrip()[:1] in FOR_MARKS and FOR_AGAINST.match(f"{t.strip()} {after.strip()}") is not None


FOR_MARKS = "赞讚"


def _over_reply(blocks: Sequence[Block], i: int) -> bool:
    return i + 1 < len(blocks) and blocks[i + 1].text.strip().lower() == "reply"


def _split_votes(before: str, t: str, after: str) -> bool:
    """A post's votes between its buttons, each on a line of its own (soup's shape): "Ja" / "4" / "Nej"."""
    return COUNT.match(t.strip()) is not None and len(before) < SHORT_CHARS and len(after) < SHORT_CHARS \
        and VOTES.match(f"{before.strip()} {t.strip()} {after.strip()}") is not None


# (HTML) a post's votes, a count alone in an element the markup names a vote ("vote-sum", "vote-count"): marks of a
# thread when the opening post has one too, outside every reply, where a product's reviews' helpful votes are all
# inside the reviews (Yotpo's "vote-sum") and a blog's comments' (wpDiscuz's) inside the comments
VOTE_TOKENS = frozenset({"vote", "votes", "voting", "votecount", "upvote", "upvotes", "voters"})  # (Lobsters)
VOTE_BUTTONS = frozenset({"vote", "upvote", "downvote"})


NUMBER_ALONE = re.compile(r"^#\d{1,5}$|^ID:[\w+/.]{4,12}$")     # (or the poster's ID of the day, 2channel's)


def _split_stat(t: str, nxt: str) -> bool:
    return STAT_LABEL.match(nxt) is not None and COUNT.match(t) is not None \
        or STAT_LABEL.match(t) is not None and COUNT.match(nxt) is not None \
        or nxt == "#" and t.isdigit() and len(t) < 6 \
        or NUMBER_ALONE.match(nxt) is not None and len(t) < HEADER_CHARS and has_date_shape(t)
    # (a floor number, "4" / "#", its "#" a <sup>; a post's number, its permalink, in an element after the header
    # with its time: "tidewatcher Mar 8 @ 4:40pm" / "#1", Steam's; "2026/03/08(日) 12:34:56.78" / "ID:k3Yt8QwZ0")


SIGNATURE_WORD = re.compile(rf"^{_SIGNED}$", re.I)      # (split from its time: soup's shape)


def signed_under(text: str) -> bool:
    """A Q&A post's signature, which stands under the post it signs ("asked Feb 11 by Ilse Varga", or "asked" alone
    over its time)."""
    t = text.strip()
    return ASKED.match(t) is not None or SIGNATURE_WORD.match(t) is not None


def _split_since(t: str, nxt: str) -> bool:
    """A member's count of posts split from the day they joined ("12 posts since" / "Feb 3, 2024", soup's shape)."""
    return len(t) < SHORT_CHARS and (m := POSTS_SINCE.search(t)) is not None and not t[m.end():].strip() \
        and has_date_shape(nxt)


def _split_signature(t: str, nxt: str) -> bool:
    return len(t) < SHORT_CHARS and SIGNATURE_WORD.match(t.strip()) is not None and has_date_shape(nxt)


def _count(blocks: Sequence[Block], pattern: re.Pattern) -> int:
    return len(_lines(blocks, pattern))


def _lines(blocks: Sequence[Block], pattern: re.Pattern, chars: int = SHORT_CHARS) -> list[int]:
    """The lines shorter than `chars` that `pattern` matches."""
    return [b.index for b in blocks if len(b.text) < chars and pattern.match(b.text.strip())]


BUY_REACH = 25          # blocks between a product's buy button and its price, at most (a variant picker, a quantity)


AMOUNT_REACH = 8        # blocks between an amount with no currency (AMOUNT_ALONE) and the buy button, at most


def _named_amounts(blocks: Sequence[Block]) -> list[int]:
    """The prices with no currency ("14,00") under the product's name, a line or two between or none: (text) the
    line the page's title shows ("thermosfles 500 ml" of "thermosfles 500 ml - HEMA" / "4.6 (318 reviews)" /
    "14,00"), (HTML) the <h1> ("Milchschokolade Extra Fin" / "100 g" / "4.8 (412)" / "2.20", Migros's). A
    category's cards show one under each name, which no title shows, in no <h1>."""
    head = fold(title_head(blocks[0].text)) if blocks and not blocks[0].tag else ""

    def name(b: Block) -> bool:     # (the title holds the name, its maker and size around it or not: "Frey
        #                             Milchschokolade Extra Fin · 100 g | Migros")
        return f" {fold(b.text)} " in f" {head} " and len(b.text.split()) >= NAME_WORDS if head \
            else bool(b.tag) and b.kind == "heading" and b.level == 1
    first = 1 if head else 0        # (not the title's own line)
    return [i for i in _lines(blocks, AMOUNT_ALONE)
            if any(name(blocks[k]) for k in range(max(first, i - AMOUNT_NAME_REACH), i))
            and not (i + 1 < len(blocks) and RATED.search(blocks[i + 1].text.strip()))]
    #           (not a rating over its count of reviews, as soup splits them: "4.92" / "(388 reviews)", Zocdoc's)


AMOUNT_NAME_REACH = 3   # blocks over such a price where the product's name stands, at most
NAME_WORDS = 2          # (text) the name the title holds is this long at least (not its maker alone, "Frey")


def _beside(buttons: list[int], prices: list[int], reach: int = BUY_REACH) -> bool:
    """A buy button near a price: the product's (a blog's "Book Now" far from a sentence's "$20" is no shop's)."""
    return any(abs(a - p) <= reach for a in buttons for p in prices)
