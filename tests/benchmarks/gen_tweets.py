#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Deterministic generator of realistic Twitter API v1.1 streaming JSON Lines, for the import
benchmark (twitter_import_bench). Standard library only.

Usage: gen_tweets.py OUTPUT [--bytes N] [--users N] [--seed N]
Writes tweets until OUTPUT holds at least N bytes (default 2^30 = 1 GiB), then prints a summary.

What a line looks like follows the wire format of the v1.1 streaming API (2018-2020), as in the
real samples of /work/shared/data/tweets (sferik/twitter-ruby track_streaming.json, premium
search results, python-twitter streaming/lines.json):
- keys in Twitter's order, compact separators, raw UTF-8, "/" written "\\/" and "<" ">" written
  "\\u003c" "\\u003e" (as Twitter does: `source` is HTML);
- `id` and `id_str` (snowflake ids: the time is in the id), `created_at` like
  "Wed Oct 10 20:19:24 +0000 2018", `timestamp_ms`;
- full `user` objects (39 fields), `entities` with hashtags/urls/user_mentions/symbols and their
  indices, photo `media` + `extended_entities` on some tweets, `place` on a few;
- ~40 % retweets ("RT @x: ..." with a full nested `retweeted_status`; a retweet of a quote carries
  `quoted_status` too), ~15 % quotes (`quoted_status`, `quoted_status_id_str`, permalink), ~20 %
  replies (`in_reply_to_*`, "@x " prefix), the rest originals; tweets over 140 characters are
  `truncated` with an `extended_tweet` (full_text, display_text_range, entities);
- text in several languages (accents, Japanese, Arabic), emoji (including ZWJ sequences and
  flags), escaped quotes, `&amp;`;
- a population of users (default 200 k) whose activity is heavy-tailed (a few very active
  accounts, a long tail posting once); retweets and quotes go preferentially to popular tweets
  (rich get richer), so viral tweets are embedded many times, as in a real stream; counts grow.
Average line ~3.5 KB. ~1 GiB takes about a minute or two.
"""
import argparse
import json
import random
import sys
import time

EPOCH_MS = 1288834974657  # Twitter snowflake epoch
START_MS = 1552521600000  # 2019-03-14 00:00:00 UTC

_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

EN = ("the a to and of in is it you that for on this with was are be have just not so my me at "
      "what all we can they but about out like one now if do up get new today people time love "
      "good day great know more year think see really want still make going back first news "
      "world never thank right last best everyone happy life week need please game free check "
      "tonight live watch video story big vote team city music show home night real breaking "
      "climate election market data science school support thread update finally again").split()
FR = ("le la les des une est très déjà été où à côté élève français garçon fenêtre cœur "
      "naïve être même après voilà ça merci aujourd'hui demain réunion équipe économie santé "
      "gouvernement élection Québec déçu génial sûr").split()
ES = ("el la los las mañana año niño corazón también qué está información España México "
      "gracias por favor hoy fútbol partido canción sí más así nuestro días política").split()
PT = ("não coração ação você amanhã obrigado hoje jogo eleição São Paulo saúde também "
      "família notícia governo vitória").split()
DE = ("schön Grüße Straße für über Mädchen heute Wahl Regierung Fußball Spiel danke "
      "wirklich Bundestag München Köln Größe").split()
JA = ("今日は 本当に ありがとう 東京 ニュース 天気 明日 地震 速報 ライブ 最高 かわいい "
      "応援 試合 発表 大阪 新曲 楽しみ おはよう お疲れ様").split()
AR = ("مرحبا شكرا اليوم الله السعودية الرياض مبروك خبر عاجل الحمد صباح الخير مساء النور "
      "الهلال النصر").split()
LANGS = (("en", EN, 0.50), ("es", ES, 0.14), ("fr", FR, 0.10), ("ja", JA, 0.10),
         ("pt", PT, 0.06), ("ar", AR, 0.05), ("de", DE, 0.05))
EMOJI = ("😂", "❤️", "🔥", "👍", "🙏", "😍", "🎉", "😭", "✨", "💯", "🇫🇷", "🇧🇷", "👨‍👩‍👧",
         "🤔", "👀", "🙌🏽", "😊", "💔", "⚽", "🚀")
FIRST = ("Ana Ben Chloé Daniel Émilie François Greta Hugo Inès José Kenji Léa María Noé Olga "
         "Pedro Quentin Raúl Sofía Tomás Ursula Valérie Wei Xavier Yūki Zoë Ahmed Fatima "
         "Björn Søren Ñusta Renée Joël Müller Sarah John Emma Lucas Aiko Omar").split()
LAST = ("Martin Dubois García López Müller Schmidt Rossi Silva Santos Tanaka Suzuki Nguyen "
        "Smith Johnson Brown O'Neil Lefèvre Peña Cortés Øster Kowalski Novák Ibrahim Haddad "
        "Yamamoto Moreau Fernández").split()
TIME_ZONES = (("Pacific Time (US & Canada)", -25200), ("Eastern Time (US & Canada)", -14400),
              ("Paris", 7200), ("Madrid", 7200), ("London", 3600), ("Tokyo", 32400),
              ("Riyadh", 10800), ("Brasilia", -10800), ("Berlin", 7200), (None, None))
LOCATIONS = ("Paris, France", "New York, NY", "London", "東京都", "São Paulo, Brasil",
             "Madrid, España", "الرياض", "Berlin", "Montréal, Québec", "", "🌍", "Earth",
             "Los Angeles, CA", "México", "Lyon", "Köln, Deutschland")
SOURCES = tuple(_dumps(s) for s in (
    '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>',
    '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
    '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
    '<a href="http://twitter.com" rel="nofollow">Twitter Web Client</a>',
    '<a href="https://about.twitter.com/products/tweetdeck" rel="nofollow">TweetDeck</a>',
    '<a href="http://www.hootsuite.com" rel="nofollow">Hootsuite Inc.</a>',
    '<a href="http://twitter.com/#!/download/ipad" rel="nofollow">Twitter for iPad</a>'))
SOURCE_WEIGHTS = (35, 35, 12, 5, 5, 4, 4)
COLORS = ("C0DEED", "1DA1F2", "000000", "DDEEF6", "333333", "FFFFFF", "F58EA8", "9266CC",
          "ABB8C2", "3B94D9", "E81C4F", "19CF86")
DOMAINS = ("nytimes.com", "lemonde.fr", "elpais.com", "bbc.co.uk", "youtube.com",
           "instagram.com", "github.com", "nhk.or.jp", "g1.globo.com", "spiegel.de",
           "aljazeera.net", "theguardian.com")
PLACES = tuple(
    '{"id":"%s","url":"https://api.twitter.com/1.1/geo/id/%s.json","place_type":"city",'
    '"name":%s,"full_name":%s,"country_code":"%s","country":%s,"bounding_box":{"type":"Polygon",'
    '"coordinates":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]},"attributes":{}}'
    % (pid, pid, _dumps(name), _dumps(full), cc, _dumps(country),
       lon, lat, lon, lat + 0.2, lon + 0.3, lat + 0.2, lon + 0.3, lat)
    for pid, name, full, cc, country, lon, lat in (
        ("09f6a7707f18e0b1", "Paris", "Paris, France", "FR", "France", 2.224122, 48.815562),
        ("27485069891a7938", "New York", "New York, USA", "US", "United States", -74.2557, 40.4957),
        ("1c69a67ad480e1b1", "São Paulo", "São Paulo, Brasil", "BR", "Brasil", -46.8264, -24.0082),
        ("a0dcbe0e5e3e7b88", "東京", "東京都 港区", "JP", "日本", 139.7089, 35.6129),
        ("206e932cc0e89fa2", "Madrid", "Madrid, España", "ES", "España", -3.8890, 40.3120)))


def created_at(ms, _cache={}):
    s = ms // 1000
    text = _cache.get(s)
    if text is None:
        if len(_cache) > 4096:
            _cache.clear()
        text = time.strftime("%a %b %d %H:%M:%S +0000 %Y", time.gmtime(s))
        _cache[s] = text
    return text


class Generator:
    def __init__(self, seed, users):
        self.rng = random.Random(seed)
        self.n_users = users
        self.now_ms = START_MS
        self.counter = 0
        # Rank -> user index, so that busy and popular accounts are spread over the id space.
        self.by_activity = list(range(users))
        self.rng.shuffle(self.by_activity)
        self.by_popularity = list(range(users))
        self.rng.shuffle(self.by_popularity)
        self.popularity_rank = [0] * users
        for rank, u in enumerate(self.by_popularity):
            self.popularity_rank[u] = rank
        self.users = {}  # index -> [prefix, suffix, followers, friends, listed, favourites, statuses, screen_name, name, id]
        self.recent = []  # recent top-level non-retweets: candidates for retweets, quotes, replies
        self.hot = []     # tweets already retweeted/quoted (rich get richer), a sliding window
        self.stats = {"lines": 0, "retweets": 0, "quotes": 0, "replies": 0, "originals": 0,
                      "embedded": 0, "truncated": 0}
        rng = self.rng
        self.hashtags = []
        for words in (EN, FR, ES, PT, DE, JA):
            for _ in range(60):
                self.hashtags.append("".join(w.capitalize() for w in rng.sample(words, rng.randint(1, 2)))
                                     .replace("'", ""))
        self.hashtags += ["COVID19", "Election2019", "café", "日本", "Brexit", "NBA", "BTS",
                          "FelizMartes", "GiletsJaunes", "ClimateStrike"]
        self.sentences = {}
        for lang, words, _ in LANGS:
            pool = []
            sep = "" if lang == "ja" else " "
            for _ in range(1500):
                n = rng.randint(3, 14) if lang != "ja" else rng.randint(3, 10)
                s = sep.join(rng.choice(words) for _ in range(n))
                s = s[0].upper() + s[1:]
                r = rng.random()
                if r < 0.12:
                    s += ' "' + sep.join(rng.choice(words) for _ in range(3)) + '"'
                elif r < 0.2:
                    s += " &amp; " + rng.choice(words)
                s += rng.choice((".", "!", "?", "", "...", " :)", "!!"))
                pool.append(s)
            self.sentences[lang] = pool
        self.lang_cum = []
        acc = 0.0
        for lang, _, w in LANGS:
            acc += w
            self.lang_cum.append((acc, lang))

    # ---- ids and time ----
    def snowflake(self, ms):
        self.counter += 1
        return ((ms - EPOCH_MS) << 22) | ((self.counter >> 12) & 1023) << 12 | (self.counter & 4095)

    # ---- users ----
    def active_user(self):
        """Author of a new tweet: heavy-tailed activity (Zipf-like head, uniform long tail)."""
        rng = self.rng
        if rng.random() < 0.55:
            rank = int(100 * (rng.paretovariate(1.0) - 1))
            rank = rank if rank < self.n_users else rng.randrange(self.n_users)
        else:
            rank = rng.randrange(self.n_users)
        return self.by_activity[rank]

    def popular_user(self):
        """Author of an original that gets retweeted or mentioned: even more skewed."""
        rng = self.rng
        rank = int(20 * (rng.paretovariate(0.8) - 1))
        if rank >= self.n_users:
            rank = rng.randrange(self.n_users)
        return self.by_popularity[rank]

    def user(self, u):
        rec = self.users.get(u)
        if rec is not None:
            return rec
        rng = random.Random(u * 7919 + 17)  # a user's looks depend on it alone
        rank = self.popularity_rank[u]
        followers = int(50_000_000 / (rank + 1) ** 0.9) + rng.randrange(400)
        if rng.random() < 0.35:
            uid = 10_000 + u * 7_000 + rng.randrange(7_000)  # old account
            since_ms = 1_180_000_000_000 + rng.randrange(250_000_000_000)
        else:
            since_ms = 1_430_000_000_000 + rng.randrange(110_000_000_000)
            uid = ((since_ms - EPOCH_MS) << 22) | (u & 0x3FFFFF)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}"
        if rng.random() < 0.15:
            name += " " + rng.choice(EMOJI)
        screen = (first[:6] + last[:5]).encode("ascii", "ignore").decode().replace("'", "")
        screen = f"{screen}{u % 100000}"[:15] if rng.random() < 0.7 else f"{screen[:8]}_{u}"[:15]
        tz, offset = rng.choice(TIME_ZONES)
        lang, words, _ = rng.choice(LANGS)
        description = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        if rng.random() < 0.3:
            description += " " + rng.choice(EMOJI) + " #" + rng.choice(self.hashtags)
        url = f'"https://t.co/{rng.getrandbits(40):010x}"' if rng.random() < 0.4 else "null"
        img = rng.getrandbits(60)
        bg = rng.choice(COLORS)
        prefix = ('{"id":%d,"id_str":"%d","name":%s,"screen_name":"%s","location":%s,"url":%s,'
                  '"description":%s,"translator_type":"none","protected":false,"verified":%s,'
                  % (uid, uid, _dumps(name), screen, _dumps(rng.choice(LOCATIONS)), url,
                     _dumps(description), "true" if rank < 2000 else "false"))
        suffix = ('"created_at":"%s","utc_offset":%s,"time_zone":%s,"geo_enabled":%s,"lang":%s,'
                  '"contributors_enabled":false,"is_translator":false,'
                  '"profile_background_color":"%s",'
                  '"profile_background_image_url":"http://abs.twimg.com/images/themes/theme1/bg.png",'
                  '"profile_background_image_url_https":"https://abs.twimg.com/images/themes/theme1/bg.png",'
                  '"profile_background_tile":false,"profile_link_color":"%s",'
                  '"profile_sidebar_border_color":"%s","profile_sidebar_fill_color":"%s",'
                  '"profile_text_color":"333333","profile_use_background_image":true,'
                  '"profile_image_url":"http://pbs.twimg.com/profile_images/%d/%x_normal.jpg",'
                  '"profile_image_url_https":"https://pbs.twimg.com/profile_images/%d/%x_normal.jpg",'
                  '%s"default_profile":%s,"default_profile_image":false,"following":null,'
                  '"follow_request_sent":null,"notifications":null}'
                  % (created_at(since_ms), "null" if offset is None else offset,
                     "null" if tz is None else _dumps(tz), "true" if rng.random() < 0.3 else "false",
                     "null" if rng.random() < 0.6 else f'"{lang}"', bg, rng.choice(COLORS),
                     rng.choice(COLORS), rng.choice(COLORS), img % 10**18, img, img % 10**18, img,
                     f'"profile_banner_url":"https://pbs.twimg.com/profile_banners/{uid}/{since_ms // 1000}",'
                     if rng.random() < 0.6 else "", "true" if bg == "C0DEED" else "false"))
        rec = [prefix, suffix, followers, rng.randrange(5, 5000), followers // 300,
               rng.randrange(30_000), rng.randrange(1, 60_000), screen, name, uid]
        self.users[u] = rec
        return rec

    @staticmethod
    def user_json(rec):
        return '%s"followers_count":%d,"friends_count":%d,"listed_count":%d,' \
               '"favourites_count":%d,"statuses_count":%d,%s' % (
                   rec[0], rec[2], rec[3], rec[4], rec[5], rec[6], rec[1])

    # ---- text and entities ----
    def text_parts(self, lang, reply_to=None, quote_url=None):
        """The text of a new tweet with its entities, as (text, entities_json, display_range, mentions)."""
        rng = self.rng
        pool = self.sentences[lang]
        text = pool[rng.randrange(len(pool))]
        if rng.random() < 0.2:
            text += " " + pool[rng.randrange(len(pool))]
        mentions = []
        hashtags = []
        urls = []
        pieces = [text]
        k = rng.random()
        if k < 0.3:
            pieces.append(rng.choice(EMOJI) * rng.randint(1, 3))
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            hashtags.append(rng.choice(self.hashtags))
            pieces.append("#" + hashtags[-1])
        if rng.random() < 0.25:
            for _ in range(rng.randint(1, 2)):
                mentions.append(self.user(self.popular_user() if rng.random() < 0.6 else self.active_user()))
        if rng.random() < 0.3:
            urls.append(rng.choice(DOMAINS))
        body = " ".join(pieces)
        lead = ""
        if reply_to is not None:
            lead = "@" + reply_to[7] + " "
        for m in mentions:
            body = body + " @" + m[7] if rng.random() < 0.5 else "@" + m[7] + " " + body
        full = lead + body
        url_entities = []
        for domain in urls:
            tco = f"https://t.co/{rng.getrandbits(40):010x}"
            path = f"{domain}/{rng.getrandbits(32):x}"
            start = len(full) + 1
            full += " " + tco
            url_entities.append('{"url":"%s","expanded_url":"https://%s","display_url":%s,"indices":[%d,%d]}'
                                % (tco, path, _dumps(path[:24] + ("…" if len(path) > 24 else "")),
                                   start, start + len(tco)))
        if quote_url is not None:
            tco = f"https://t.co/{rng.getrandbits(40):010x}"
            start = len(full) + 1
            full += " " + tco
            url_entities.append('{"url":"%s","expanded_url":"%s","display_url":%s,"indices":[%d,%d]}'
                                % (tco, quote_url, _dumps(quote_url[8:31] + "…"), start, start + len(tco)))
        # Entities with indices (code points).
        tags = []
        pos = 0
        for h in hashtags:
            i = full.find("#" + h, pos)
            if i >= 0:
                tags.append('{"text":%s,"indices":[%d,%d]}' % (_dumps(h), i, i + len(h) + 1))
                pos = i + 1
        ments = []
        everyone = ([reply_to] if reply_to is not None else []) + mentions
        seen = 0
        for m in everyone:
            i = full.find("@" + m[7], seen if m is not reply_to else 0)
            if i < 0:
                continue
            ments.append('{"screen_name":"%s","name":%s,"id":%d,"id_str":"%d","indices":[%d,%d]}'
                         % (m[7], _dumps(m[8]), m[9], m[9], i, i + len(m[7]) + 1))
        media = ""
        if rng.random() < 0.1:
            mid = self.snowflake(self.now_ms)
            tco = f"https://t.co/{rng.getrandbits(40):010x}"
            start = len(full) + 1
            full += " " + tco
            media = ('[{"id":%d,"id_str":"%d","indices":[%d,%d],"media_url":"http://pbs.twimg.com/media/%x.jpg",'
                     '"media_url_https":"https://pbs.twimg.com/media/%x.jpg","url":"%s",'
                     '"display_url":"pic.twitter.com/%x","expanded_url":"https://twitter.com/i/status/%d/photo/1",'
                     '"type":"photo","sizes":{"thumb":{"w":150,"h":150,"resize":"crop"},'
                     '"medium":{"w":1200,"h":900,"resize":"fit"},"small":{"w":680,"h":510,"resize":"fit"},'
                     '"large":{"w":2048,"h":1536,"resize":"fit"}}}]'
                     % (mid, mid, start, start + len(tco), mid, mid, tco, mid, mid))
        entities = '{"hashtags":[%s],"urls":[%s],"user_mentions":[%s],"symbols":[]%s}' % (
            ",".join(tags), ",".join(url_entities), ",".join(ments),
            ',"media":' + media if media else "")
        return full, entities, (len(lead), len(full)), media

    # ---- tweets ----
    def new_status(self, kind, ms, author, lang, top_level):
        """A tweet as a record: [id, author index, parts..., counts, text]. Rendered by render()."""
        rng = self.rng
        tid = self.snowflake(ms)
        rec_user = self.user(author)
        reply = quoted = None
        in_reply = ('"in_reply_to_status_id":null,"in_reply_to_status_id_str":null,'
                    '"in_reply_to_user_id":null,"in_reply_to_user_id_str":null,'
                    '"in_reply_to_screen_name":null,')
        if kind == "reply":
            if self.recent and rng.random() < 0.75:
                parent = self.recent[-1 - min(int(50 * (rng.paretovariate(1.0) - 1)), len(self.recent) - 1)]
                pid, pu = parent[0], parent[1]
            else:
                pu = self.popular_user() if rng.random() < 0.5 else self.active_user()
                pid = self.snowflake(ms - rng.randrange(1, 86_400_000))
            if rng.random() < 0.1:
                pu = author  # a thread
            reply = self.user(pu)
            in_reply = ('"in_reply_to_status_id":%d,"in_reply_to_status_id_str":"%d",'
                        '"in_reply_to_user_id":%d,"in_reply_to_user_id_str":"%d",'
                        '"in_reply_to_screen_name":"%s",' % (pid, pid, reply[9], reply[9], reply[7]))
        quote_url = None
        if kind == "quote":
            quoted = self.pick_original(ms)
            quote_url = f"https://twitter.com/{self.user(quoted[1])[7]}/status/{quoted[0]}"
        full, entities, (d0, d1), media = self.text_parts(lang, reply, quote_url)
        truncated = len(full) > 140
        if truncated:
            self.stats["truncated"] += 1
            tco = f"https://t.co/{rng.getrandbits(40):010x}"
            cut = full[:113].rstrip()
            text = f"{cut}… {tco}"
            shown = ('{"hashtags":[],"urls":[{"url":"%s","expanded_url":"https://twitter.com/i/web/status/%d",'
                     '"display_url":"twitter.com/i/web/status/%s…","indices":[%d,%d]}],"user_mentions":[],"symbols":[]}'
                     % (tco, tid, str(tid)[:7], len(cut) + 2, len(text)))
            extended = ('"extended_tweet":{"full_text":%s,"display_text_range":[%d,%d],"entities":%s%s},'
                        % (_dumps(full), d0, d1, entities,
                           ',"extended_entities":{"media":%s}' % media if media else ""))
            ext_media = ""
            display = '"display_text_range":[%d,%d],' % (min(d0, len(cut)), len(cut) + 1)
        else:
            text, shown, extended = full, entities, ""
            ext_media = ',"extended_entities":{"media":%s}' % media if media else ""
            display = '"display_text_range":[%d,%d],' % (d0, d1) if (reply or media or quote_url) else ""
        head = ('{"created_at":"%s","id":%d,"id_str":"%d","text":%s,%s"source":%s,"truncated":%s,%s"user":'
                % (created_at(ms), tid, tid, _dumps(text), display,
                   rng.choices(SOURCES, SOURCE_WEIGHTS)[0], "true" if truncated else "false", in_reply))
        place = rng.choice(PLACES) if rng.random() < 0.03 else "null"
        mid = ',"geo":null,"coordinates":null,"place":%s,"contributors":null,' % place
        if quoted is not None:
            permalink = ('"quoted_status_permalink":{"url":"https://t.co/%010x","expanded":"%s","display":%s},'
                         % (rng.getrandbits(40), quote_url, _dumps(quote_url[8:31] + "…")))
            qpart = ('"quoted_status_id":%d,"quoted_status_id_str":"%d","quoted_status":%s,'
                     % (quoted[0], quoted[0], self.render(quoted, False)))
            mid += qpart + permalink + '"is_quote_status":true,'
        else:
            mid += '"is_quote_status":false,'
            qpart = ""
        mid += extended
        tail = ('"entities":%s%s,"favorited":false,"retweeted":false,%s"filter_level":"low","lang":"%s"'
                % (shown, ext_media, '"possibly_sensitive":false,' if media or quote_url or '"urls":[{' in shown else "",
                   lang))
        # [id, author, head, mid, tail, counts(quote, reply, retweet, favorite), text, quoted part, lang]
        rec = [tid, author, head, mid, tail, [0, 0, 0, 0], full, qpart, lang]
        rec_user[6] += 1
        return rec

    def render(self, rec, top_level, ms=0):
        self.stats["embedded"] += not top_level
        q, r, rt, f = rec[5]
        counts = '"quote_count":%d,"reply_count":%d,"retweet_count":%d,"favorite_count":%d,' % (q, r, rt, f)
        end = ',"timestamp_ms":"%d"}' % ms if top_level else "}"
        return "".join((rec[2], self.user_json(self.user(rec[1])), rec[3], counts, rec[4], end))

    def pick_original(self, ms):
        """A tweet to retweet or quote: rich get richer over a sliding window of hot tweets."""
        rng = self.rng
        r = rng.random()
        if self.hot and r < 0.45:
            rec = self.hot[rng.randrange(len(self.hot))]
            if rng.random() < 0.5:
                return rec
        elif self.recent and r < 0.8:
            rec = self.recent[-1 - min(int(20 * (rng.paretovariate(0.8) - 1)), len(self.recent) - 1)]
        else:
            # A tweet from before the stream, by a popular account; only seen embedded.
            past = ms - rng.randrange(60_000, 3 * 86_400_000)
            rec = self.new_status("original", past, self.popular_user(), self.pick_lang(), False)
            rec[5] = [rng.randrange(50), rng.randrange(200), rng.randrange(2000), rng.randrange(8000)]
        self.hot.append(rec)
        if len(self.hot) > 20000:
            del self.hot[:5000]
        return rec

    def pick_lang(self):
        r = self.rng.random()
        for acc, lang in self.lang_cum:
            if r < acc:
                return lang
        return "en"

    def line(self):
        rng = self.rng
        self.now_ms += 1 + int(rng.expovariate(1 / 4.0))
        ms = self.now_ms
        author = self.active_user()
        r = rng.random()
        st = self.stats
        st["lines"] += 1
        if r < 0.40:
            st["retweets"] += 1
            orig = self.pick_original(ms)
            orig[5][2] += 1
            orig[5][3] += rng.randrange(3)
            ou = self.user(orig[1])
            ou[2] += rng.randrange(2)
            tid = self.snowflake(ms)
            rt_text = f"RT @{ou[7]}: {orig[6]}"
            if len(rt_text) > 140:
                rt_text = rt_text[:139] + "…"
            ment = [('{"screen_name":"%s","name":%s,"id":%d,"id_str":"%d","indices":[3,%d]}'
                     % (ou[7], _dumps(ou[8]), ou[9], ou[9], 4 + len(ou[7])))]
            me = self.user(author)
            me[6] += 1
            out = ('{"created_at":"%s","id":%d,"id_str":"%d","text":%s,"source":%s,"truncated":false,'
                   '"in_reply_to_status_id":null,"in_reply_to_status_id_str":null,'
                   '"in_reply_to_user_id":null,"in_reply_to_user_id_str":null,'
                   '"in_reply_to_screen_name":null,"user":%s,"geo":null,"coordinates":null,'
                   '"place":null,"contributors":null,"retweeted_status":%s,%s"is_quote_status":%s,'
                   '"quote_count":0,"reply_count":0,"retweet_count":0,"favorite_count":0,'
                   '"entities":{"hashtags":[],"urls":[],"user_mentions":[%s],"symbols":[]},'
                   '"favorited":false,"retweeted":false,"filter_level":"low","lang":"%s",'
                   '"timestamp_ms":"%d"}'
                   % (created_at(ms), tid, tid, _dumps(rt_text), rng.choices(SOURCES, SOURCE_WEIGHTS)[0],
                      self.user_json(me), self.render(orig, False), orig[7],
                      "true" if orig[7] else "false", ",".join(ment), orig[8], ms))
            return out
        if r < 0.55:
            kind = "quote"
            st["quotes"] += 1
        elif r < 0.75:
            kind = "reply"
            st["replies"] += 1
        else:
            kind = "original"
            st["originals"] += 1
        rec = self.new_status(kind, ms, author, self.pick_lang(), True)
        if kind != "quote" or rng.random() < 0.3:  # quotes of quotes are rarer
            self.recent.append(rec)
        if len(self.recent) > 30000:
            del self.recent[:10000]
        return self.render(rec, True, ms)


def escape(line):
    # Twitter writes "/" as "\/" and HTML brackets as \u003c \u003e; neither occurs outside strings.
    return line.replace("/", "\\/").replace("<", "\\u003c").replace(">", "\\u003e")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("output")
    ap.add_argument("--bytes", type=int, default=1 << 30, help="minimum size (default 2^30)")
    ap.add_argument("--users", type=int, default=200_000)
    ap.add_argument("--seed", type=int, default=2019)
    args = ap.parse_args()
    gen = Generator(args.seed, args.users)
    start = time.perf_counter()
    written = 0
    tmp = args.output + ".part"
    with open(tmp, "wb") as out:
        chunk = []
        chunk_bytes = 0
        while written + chunk_bytes < args.bytes:
            data = (escape(gen.line()) + "\n").encode("utf-8")
            chunk.append(data)
            chunk_bytes += len(data)
            if chunk_bytes >= 8 << 20:
                out.write(b"".join(chunk))
                written += chunk_bytes
                chunk, chunk_bytes = [], 0
        out.write(b"".join(chunk))
        written += chunk_bytes
    import os
    os.replace(tmp, args.output)
    st = gen.stats
    print(f"{args.output}: {written} bytes, {st['lines']} lines ({written / st['lines']:.0f} B/line): "
          f"{st['retweets']} retweets, {st['quotes']} quotes, {st['replies']} replies, "
          f"{st['originals']} originals, {st['truncated']} truncated; {len(gen.users)} users seen; "
          f"{time.perf_counter() - start:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
