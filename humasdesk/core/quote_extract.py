"""Finds direct quotes and who spoke them in Indonesian and English statement text, by rules.

A quote is anchored by its attribution: a speech verb right after the closing mark
(`”…,” kata X`, `ujarnya`, `"…," said X`, `"…," X said`) or a speaker and speech verb right
before the opening mark (`X mengatakan, “…”`, `X said: "…"`). Quoted words without an
attribution (scare quotes, titles) are not quotes. Speakers are written in many ways, so a
first pass collects the people the text names ("Sekretaris Jenderal Kementerian Kominfo Mira
Tayyiba"), and a pronoun (`ujarnya`, `kata dia`, `he said`), a short name (`kata Mira`) or a
bare title (`kata Presiden`) resolves to the person last named that way.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field

QUOTE_MARKS = '“”"„‟«»'
_MARK = re.compile(f"[{QUOTE_MARKS}]")


def _vocab(text: str) -> frozenset[str]:
    """A word list written as text, folded for lookups."""
    return frozenset(w.casefold() for w in text.split())


def _wordlist(text: str) -> list[str]:
    return text.split()


# Speech verbs after a quote ("…,” kata X); each also takes -nya ("ujarnya").
ID_CUES = _wordlist(
    "kata ujar ucap tutur ungkap jelas tegas papar imbuh lanjut pungkas tulis tambah sebut "
    "terang tandas tanya seru pesan sambung timpal aku kenang cerita urai beber sergah"
)
ID_CUE_RE = re.compile(
    r"\s*(?P<cue>(?:" + "|".join(ID_CUES) + r")(?P<nya>nya)?)(?![\w-])", re.IGNORECASE
)
EN_CUES = _wordlist(
    "said says added adds told explained stressed noted asked continued wrote insisted "
    "argued warned recalled concluded"
)
EN_CUE_RE = re.compile(r"\s*(?P<cue>" + "|".join(EN_CUES) + r")\b")

# Speech verbs before a quote or in reported speech ("Rizal mengatakan, …").
ID_SAY_VERBS = _wordlist(
    "mengatakan menyatakan menuturkan mengungkapkan menjelaskan menegaskan memaparkan "
    "menambahkan menyampaikan menyebutkan menyebut menerangkan berkata bertutur berujar "
    "mengucapkan menekankan mengingatkan mengaku menilai berpendapat mengimbau meminta "
    "berharap mengharapkan melanjutkan menulis menandaskan menuliskan bercerita mengeluhkan "
    "memastikan mengakui menanggapi menginstruksikan menjawab mengutip yakin meyakini "
    "optimistis khawatir mengapresiasi menyesalkan menyayangkan memperkirakan mengklaim "
    "membenarkan membantah mendorong mengajak menduga mencontohkan menganjurkan menyarankan "
    "mengusulkan menyinggung mengimbuhkan menguraikan membeberkan menceritakan mengungkap "
    "menjabarkan menerangkan mengemukakan menggarisbawahi memperingatkan menyerukan"
)
EN_SAY_VERBS = _wordlist("said says added told explained stressed noted wrote warned argued")
_ID_SAY = frozenset(ID_SAY_VERBS)
_EN_SAY = frozenset(EN_SAY_VERBS)
# Patterns are compiled once each, on first use (re's own cache is shared with every other
# module, and an import's reading process also runs Sastrawi's many patterns).
_re = functools.cache(re.compile)

PRONOUNS_ID = {"dia", "ia", "beliau", "mereka", "kami", "saya", "aku"}
PRONOUNS_EN = {"he", "she", "they", "i", "we", "it"}
BACKREF_TAIL = {"itu", "tersebut", "ini"}

# Words that start or make up a title ("Sekretaris Jenderal"), an office, a rank or an
# honorific: never part of a person's name.
ROLE_WORDS = _vocab(
    """
    Presiden Wapres Wakil Menteri Menko Mensos Menkeu Menkes Mendagri Mendikbud Mendikbudristek
    Menlu Menhan Menhub Mentan Menaker Menag Menpan Menparekraf Mensesneg Menkominfo Menkopolhukam
    Menteri Seskab Sekretaris Sekjen Sesjen Sekda Sekdaprov Dirjen Direktur Dirut Dirops Kepala
    Kabag Kabid Kasubag Kasubbag Kasubdit Kasie Kasi Kasat Kasatreskrim Kapolri Kapolda Kapolres
    Kapolresta Kapolrestabes Kapolsek Kapuspen Kapuspenkum Kadis Kadinkes Kalak Kabiro Karo
    Ketua Ketum Anggota Juru Jubir Bicara Gubernur Wagub Bupati Wabup Wali Wawali Camat Lurah Kades
    Asisten Deputi Staf Staff Khusus Ahli Koordinator Komandan Panglima Kasad Kasal Kasau Pelaksana
    Plt Plh Pj Penjabat Manajer Manager Komisaris Kombes AKBP AKP Kompol Ipda Iptu Aiptu Bripka
    Brigadir Brigjen Irjen Komjen Jenderal Letnan Kolonel Mayor Kapten Letkol Mayjen Letjen
    Laksamana Laksma Laksdya Marsekal Marsma Marsdya Dandim Danrem Pangdam Kapendam Kapen
    Dankodiklat
    Pengamat Peneliti Epidemiolog Ekonom Pakar Guru Besar Dosen Rektor Wakil Dekan Profesor Prof
    Dr Drs Dra Ir Hj KH Ustaz Kiai Habib Pendiri CEO COO CFO CTO Founder Analis Aktivis Advokat
    Pengacara Kuasa Hukum Hakim Jaksa Kajati Kajari Humas Bendahara Pimpinan Pemimpin Ketua
    Umum Harian Utama Pelaksana Tugas Senior Eksekutif Direktorat Corporate Communications
    Communication Head Chief Officer Vice President Minister Secretary General Director Governor
    Spokesperson Spokesman Spokeswoman Chairman Chairwoman Chair Deputy Mayor Regent Ambassador
    Professor Coordinating Executive Manager Analyst Economist Expert Researcher Lecturer Founder
    Sosiolog Psikolog Dokter Spesialis Perawat Bidan Warga Pedagang Petani Nelayan Sopir Pengemudi
    Siswa Mahasiswa Politisi Politikus Legislator Senator Pegiat Relawan Pengelola Pemilik Pengurus
    Bapak Ibu Pak Bu Mas Mbak Kak Bang Tuan Nyonya Saudara Kabareskrim Kabaharkam Wakapolri
    Wakapolda Wakapolres Karopenmas Kabidhumas Kasubbid Penmas Kapenum Kadispen Kadispenad
    Kapolwil Danlanal Danlantamal Danlanud Kasrem Kasdim Dansatgas Pangkogabwilhan Komisioner
    Inspektur Auditor Panitera Sekretariat Koordinator Pj Pjs Plh Sekretaris Bidang
    """
)
# Who someone is when they hold no office ("kata Rina, warga Cempaka Putih").
CITIZEN_WORDS = _vocab(
    """
    warga pedagang petani nelayan sopir pengemudi siswa mahasiswa ibu bapak pak bu mas mbak
    pengunjung penumpang pembeli karyawan buruh pekerja orangtua penduduk pemudik peserta
    pemilik pengusaha perajin pelanggan konsumen
    resident residents villager student driver passenger
    """
)
# Words that begin an organisation's name.
ORG_WORDS = _vocab(
    """
    Kementerian Kemenkes Kemenkeu Kemensos Kemendagri Kemendikbud Kemendikbudristek Kemenlu
    Kemenhub Kementan Kemenaker Kemenag Kemenpan Kemenparekraf Kemensetneg Kominfo Kemenkominfo
    Kemenko Kemenkumham Kemenhan Kemenperin Kemendag Kemenpupr KemenPUPR Kemen Badan Dinas Komisi
    Dewan Lembaga Pemerintah Pemprov Pemkot Pemkab Pemda Universitas Institut Sekolah Polda Polres
    Polresta Polrestabes Polsek Polri Mabes TNI Kodam Korem Kodim Lantamal Lanud Yayasan DPR DPRD
    DPD MPR Bank Komnas Kantor Satgas Satuan Partai Ikatan Asosiasi Persatuan Gabungan Himpunan
    Perhimpunan Rumah RSUD RSUP RS Puskesmas Kejaksaan Kejati Kejari Kejagung Pengadilan Mahkamah
    KPK KPU Bawaslu BNPB BPBD BMKG BPOM BPS BI OJK LIPI BRIN PT Perum Perusahaan Koperasi Pusat
    Direktorat Biro Bagian Bidang Balai Unit Divisi Subdirektorat Inspektorat Sekretariat Majelis
    Forum Aliansi Koalisi Gerakan Serikat Konfederasi Federasi Kamar Kadin Apindo Ombudsman
    Ministry Agency Office Department Council Commission Government University Institute Bureau
    Center Centre Fakultas Program Gugus Tugas Posko Pusdatin Puskesmas Pusat Kelompok Tim
    """
)
# Units inside an office: they stay in the title ("Kepala Dinas Kesehatan").
SUBUNIT_WORDS = _vocab(
    """
    Dinas Biro Bagian Bidang Direktorat Divisi Unit Subdirektorat Seksi Subbagian Subbidang Pusat
    Balai Inspektorat Sekretariat Humas Satuan Gugus Tugas Tim Kelompok Program Posko Pusdatin
    """
)
# Portfolios and fields in titles ("Menteri Kesehatan", "Dinas Perhubungan"): never a name.
PORTFOLIO_WORDS = _vocab(
    """
    Kesehatan Keuangan Sosial Pendidikan Kebudayaan Perhubungan Pertanian Perdagangan
    Perindustrian Luar Dalam Negeri Pertahanan Agama Hukum Ketenagakerjaan Tenaga Kerja
    Pariwisata Ekonomi Kreatif Kelautan Perikanan Kehutanan Lingkungan Hidup Energi Sumber Daya
    Mineral Komunikasi Informatika Informasi Perencanaan Pembangunan Koperasi Keamanan Politik
    Perekonomian Kemaritiman Investasi BUMN Riset Teknologi Pemuda Olahraga Pemberdayaan
    Perempuan Perlindungan Anak Transmigrasi Tertinggal Agraria Tata Ruang Pekerjaan Perumahan
    Rakyat Penataan Statistik Kependudukan Pencatatan Sipil Kebersihan Pemadam Kebakaran
    Penanggulangan Bencana Hubungan Masyarakat Kepolisian Pengawasan Pemilu Kesejahteraan
    Pangan Ketahanan Lalu Lintas Operasional Pelayanan Penerangan Perizinan Pengendalian Penyakit
    Pencegahan Penanganan Percepatan Pemulihan Hak Asasi Manusia Aparatur Reformasi Birokrasi
    Health Finance Education Transportation Foreign Affairs Home Defence Defense Trade Industry
    Agriculture Communication Communications Informatics Tourism Affairs Security Public Works
    """
)
# Places and compass words that end an organisation's name ("Dinas Kesehatan DKI Jakarta").
PLACE_WORDS = _vocab(
    """
    Indonesia Jakarta DKI Jawa Barat Timur Tengah Utara Selatan Tenggara Daya Sumatera Sumatra
    Kalimantan Sulawesi Papua Maluku Bali Aceh Riau Jambi Bengkulu Lampung Banten Yogyakarta DIY
    Gorontalo Nusa NTT NTB Bangka Belitung Kepulauan Kepri Surabaya Bandung Medan Semarang
    Makassar Palembang Depok Bogor Bekasi Tangerang Malang Solo Surakarta Denpasar Manado Padang
    Pekanbaru Pontianak Balikpapan Samarinda Banjarmasin Jayapura Ambon Kupang Mataram Batam
    Cirebon Tasikmalaya Sukabumi Cianjur Garut Karawang Purwakarta Serang Cilegon Sleman Bantul
    Kulon Progo Klaten Magelang Kudus Pati Jember Banyuwangi Kediri Madiun Sidoarjo Gresik
    Mojokerto Pasuruan Probolinggo Tegal Pekalongan Cilacap Banyumas Purwokerto Metro Jaya Raya
    Provinsi Kabupaten Kota Kecamatan Kelurahan Desa Dusun Kampung Pusat Daerah Nasional Republik
    Negara Regional Wilayah Kawasan RI Pemprov Jabar Jateng Jatim Sumut Sumbar Sumsel Sulsel
    Sulut Sulteng Sultra Kalbar Kalteng Kalsel Kaltim Kaltara Jabodetabek Nusantara
    """
)
# First words of a sentence that are not names ("Namun, Rizal mengatakan …").
CONNECTORS = _vocab(
    """
    Namun Sementara Selain Menurut Dalam Di Pada Saat Ketika Sebelumnya Oleh Adapun Kemudian
    Selanjutnya Bahkan Padahal Tetapi Tapi Meski Meskipun Karena Sedangkan Terkait Untuk Atas
    Dengan Dari Itu Ini Hal Secara Lebih Juga Kini Kala Setelah Sesudah Sebelum Usai Seusai Hingga
    Sampai Sejak Bagi Tak Tidak Belum Sudah Jika Kalau Apabila Agar Supaya Sehingga Maka Lalu
    Terpisah Senada Sebaliknya Ditemui Dihubungi Diketahui Dikatakan Disebutkan Menanggapi
    Menyikapi Mengenai Soal Tentang Kepada The A An But And However Meanwhile In On At For
    Senin Selasa Rabu Kamis Jumat Sabtu Minggu Pihaknya Pemerintah Masyarakat Warga Mereka Kami
    Kompas Antara Reuters AFP Tempo Kita Saya Dia Ia Beliau Para Semua Seluruh Setiap Sejumlah
    Beberapa Banyak Pukul Tahun Bulan
    """
)
DAY_WORDS = _vocab("Senin Selasa Rabu Kamis Jumat Sabtu Minggu")
ABBREVIATIONS = _vocab("Dr Prof Ir H Hj Drs Dra St Jr Sr M KH Tn Ny Sdr dr Mr Mrs Ms")
# Lower-case words allowed inside a speaker phrase between capitalised words.
PHRASE_GLUE = {
    "dan",
    "serta",
    "&",
    "of",
    "the",
    "for",
    "and",
    "bin",
    "binti",
    "van",
    "de",
    "da",
    "untuk",
    "bagi",
    "atas",
    "pada",
    "urusan",
    "bidang",
    "on",
    "in",
}


def _abbreviated(raw: str) -> bool:
    """ "Dr." or an initial "P.": a full stop that does not end the sentence."""
    bare = raw.strip(",;:()").rstrip(".")
    return raw.endswith(".") and (
        bare.casefold() in ABBREVIATIONS or (len(bare) == 1 and bare.isupper())
    )


ID_STOP = _vocab(
    "di dalam saat ketika kepada pada seusai usai sesudah setelah sebelum melalui lewat via yang "
    "sambil seraya kemarin dengan secara tentang terkait soal mengenai menanggapi menjawab pekan "
    "pagi siang sore malam lagi menambahkan mengingatkan seperti sebagaimana kala tatkala saat "
    "dalam ketika beberapa waktu hari ini itu tersebut sembari sekaligus usai selepas dihubungi "
    "ditemui kepada saat"
)


@dataclass
class FoundQuote:
    """One direct quote: its words (without marks), where it stands, and who said it."""

    text: str
    start: int  # span of the quote in the text, quote marks included
    end: int
    speaker: str = ""  # the person's name, as fully as the text gives it
    role: str = ""  # the title, as written ("Sekretaris Jenderal")
    organisation: str = ""  # the body the title belongs to ("Kementerian Kominfo")
    cue: str = ""  # the speech verb that attributed it
    language: str = "id"
    attribution_start: int = 0  # span of "kata Sekretaris Jenderal … Mira Tayyiba"
    attribution_end: int = 0

    @property
    def official(self) -> bool:
        """Spoken by someone the text gives a title or an office: a quote for the library
        (a passer-by's remark in a news story is not)."""
        if self.organisation:
            return True
        first = self.role.split(" ", 1)[0].casefold() if self.role else ""
        return bool(first) and first not in CITIZEN_WORDS

    @property
    def role_phrase(self) -> str:
        return " ".join(p for p in (self.role, self.organisation) if p)


@dataclass
class Mention:
    """A person named in the text, with what is said of them there."""

    start: int
    name: str
    role: str = ""
    organisation: str = ""
    speaking: bool = False  # named as the one who speaks (a quote or reported speech)
    tokens: set[str] = field(default_factory=set)


class _Token:
    """One whitespace-separated word of the text, and the same without punctuation."""

    __slots__ = ("bare", "end", "start", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.bare = text.strip(",.;:!?()”“\"'’‘")


_TOKEN = re.compile(r"\S+")


class _Tokens:
    """The words after a position, read as they are asked for: at most `limit` of them, and
    "(KAI Commuter)" as one token, so an office's short name stays whole (a token opening a
    parenthesis joins the next four at most, when one of them closes it)."""

    def __init__(self, text: str, start: int, limit: int) -> None:
        self._raw = _TOKEN.finditer(text, start)
        self._left = limit
        self._read: list[_Token] = []  # read, not yet handed out
        self._given: list[_Token] = []

    def _read_one(self) -> bool:
        if self._left <= 0:
            return False
        m = next(self._raw, None)
        if m is None:
            self._left = 0
            return False
        self._left -= 1
        self._read.append(_Token(m.group(0), m.start(), m.end()))
        return True

    def _give_one(self) -> bool:
        if not self._read and not self._read_one():
            return False
        tok = self._read[0]
        if tok.text.startswith("(") and ")" not in tok.text:
            for j in range(1, 5):
                if j >= len(self._read) and not self._read_one():
                    break
                if ")" in self._read[j].text:
                    group = self._read[: j + 1]
                    text = " ".join(t.text for t in group)
                    self._given.append(_Token(text, tok.start, group[-1].end))
                    del self._read[: j + 1]
                    return True
        self._given.append(tok)
        del self._read[0]
        return True

    def get(self, k: int) -> _Token | None:
        """Token k, or None past the last."""
        while len(self._given) <= k:
            if not self._give_one():
                return None
        return self._given[k]


def _is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or (word[0].isdigit() and word.isupper()))


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_roman(word: str) -> bool:
    return bool(word) and not word.strip("IVXL")


@functools.lru_cache(maxsize=65536)  # a pure test of one word, asked about the same words often
def _name_like(word: str) -> bool:
    key = word.casefold()
    return (
        not word.startswith("(")
        and _is_cap(word)
        and not _is_acronym(word)
        and not _is_roman(word)
        and not any(c.isdigit() for c in word)
        and key not in ROLE_WORDS
        and key not in ORG_WORDS
        and key not in PLACE_WORDS
        and key not in PORTFOLIO_WORDS
        and key not in CONNECTORS
        and not key.startswith("kemen")
    )


# ----------------------------------------------------------------- speaker phrases
@dataclass
class Speaker:
    name: str = ""
    role: str = ""
    organisation: str = ""
    backref: bool = False  # a pronoun or "politisi … itu": the person last named


def split_speaker(words: list[str], short_names: set[str] | None = None) -> Speaker:
    """Splits "Sekretaris Jenderal Kementerian Kominfo Mira Tayyiba" into role,
    organisation and name. `short_names` are single words the text uses alone for someone
    ("kata Mira"): one found inside the phrase marks where the name begins."""
    words = [w for w in words if w.strip(",")]
    if not words:
        return Speaker()
    words[-1] = words[-1].rstrip(",")
    for k, w in enumerate(words):
        if w in ("dari", "from") and 0 < k < len(words) - 1:
            left = split_speaker(words[:k], short_names)
            if left.name:
                org = " ".join(x.rstrip(",") for x in words[k + 1 :])
                return Speaker(left.name, left.role, left.organisation or org)
    if any(w.endswith(",") for w in words[:-1]):
        pieces: list[list[str]] = [[]]
        for w in words:
            pieces[-1].append(w.rstrip(","))
            if w.endswith(","):
                pieces.append([])
        pieces = [p for p in pieces if p]
        # "Mira Tayyiba, Secretary General …": the name first, then the title.
        if len(pieces[0]) <= 4 and all(_name_like(w) for w in pieces[0]) and len(pieces) > 1:
            role, org = _split_role([w for p in pieces[1:] for w in p])
            return Speaker(" ".join(pieces[0]), role, org)
        # "Kepala Dusun X, Kelurahan Y, Wahyu Wibowo": the title first, the name last.
        if len(pieces[-1]) <= 4 and all(_name_like(w) for w in pieces[-1]):
            role, org = _split_role([w for p in pieces[:-1] for w in p])
            return Speaker(" ".join(pieces[-1]), role, org)
        words = [w.rstrip(",") for w in words]
    short_names = short_names or set()
    name_start = len(words)
    for i, word in enumerate(words):
        if word in short_names and _name_like(word) and i > 0:
            name_start = i
            if i == len(words) - 1 and _name_like(words[i - 1]):
                name_start = i - 1
            break
    else:
        i = len(words)
        while i > 0 and len(words) - i < 3:
            word = words[i - 1]
            initials = len(word) <= 2 and word.isupper() and i < len(words) and i > 1
            if not (_name_like(word) or (initials and _name_like(words[i - 2]))):
                break
            i -= 1
        name_start = i
    # Initials and abbreviated honorifics belong to the name ("A Zaki Iskandar", "H. Ahmad").
    while name_start > 0 and name_start < len(words):
        prev = words[name_start - 1].rstrip(".")
        if len(prev) == 1 and prev.isupper():
            name_start -= 1
        else:
            break
    name_words = words[name_start:]
    for k in range(1, len(name_words)):
        word = name_words[k]
        if not (_name_like(word) or (len(word) <= 2 and word.isupper())):
            name_words = name_words[:k]
            break
    role_words = words[:name_start]
    # Words glued before the title (a heading run into the text) are not part of it.
    first_role = next(
        (k for k, w in enumerate(role_words) if w.casefold() in ROLE_WORDS or not _is_cap(w)),
        0,
    )
    role, org = _split_role(role_words[first_role:])
    return Speaker(" ".join(name_words), role, org)


def _split_role(words: list[str]) -> tuple[str, str]:
    """Title and organisation: "Sekretaris Jenderal Kementerian Kominfo" -> ("Sekretaris
    Jenderal", "Kementerian Kominfo"); a unit stays in the title ("Kepala Dinas Kesehatan");
    English "Secretary General of the Ministry" -> ("Secretary General", "the Ministry")."""
    words = [w.rstrip(",") for w in words]
    for i, word in enumerate(words):
        key = word.casefold()
        if i > 0 and key == "of":
            return _join(words[:i]), _join(words[i + 1 :])
        top_level = (key in ORG_WORDS and key not in SUBUNIT_WORDS) or key.startswith("kemen")
        if i > 0 and top_level and key not in ROLE_WORDS:
            return _join(words[:i]), _join(words[i:])
    return _join(words), ""


def _join(words: list[str]) -> str:
    while words and words[-1].casefold() in PHRASE_GLUE:
        words = words[:-1]
    while words and words[0].casefold() in PHRASE_GLUE - {"the"}:
        words = words[1:]
    return " ".join(words)


_ROLES_AND_POLITICIANS = ROLE_WORDS | {"politisi", "politikus"}
_EN_STOP = frozenset({"in", "at", "on", "during", "after", "to"})


def _phrase_after(text: str, pos: int, language: str) -> tuple[list[str], int, bool]:
    """The speaker words after a cue at `pos`: (words, end, ends_with_backref_word)."""
    words: list[str] = []
    end = pos
    toks = _Tokens(text, pos, 28)
    stop_words = ID_STOP if language == "id" else _EN_STOP
    roles_only = True
    for k in itertools.count():
        tok = toks.get(k)
        if tok is None:
            break
        raw = tok.text
        if _MARK.search(raw):
            break
        bare = tok.bare
        key = bare.casefold()
        if not bare:
            break
        if raw.startswith("("):
            named = bare[:1].isupper() and not any(c.isdigit() or c == "/" for c in bare)
            if raw.rstrip(",.").endswith(")") and len(bare) <= 40 and words and named:
                words.append(f"({bare})")
                end = tok.end
                if raw.endswith(",") and _continues_after_comma(words, toks, k):
                    words[-1] += ","
                    continue
                if raw.endswith((",", ".")):
                    break
                continue
            break
        if key in DAY_WORDS:
            break
        if key in BACKREF_TAIL and words:
            return words, tok.end, True
        is_cap = _is_cap(bare)
        following = toks.get(k + 1)
        next_is_cap = following is not None and _is_cap(following.bare)
        if bare.isdigit() and words and next_is_cap and len(bare) <= 3:
            words.append(bare)  # "Daop 8 Surabaya", "Komisi IX": part of the office
            end = tok.end
            continue
        if not is_cap:
            next_cap = next_is_cap
            next_glue = following is not None and following.bare.casefold() in PHRASE_GLUE
            if key in PHRASE_GLUE and words and (next_cap or next_glue):
                words.append(bare)
                end = tok.end
                continue
            next_org = following is not None and following.bare.casefold() in ORG_WORDS
            if (
                words
                and next_cap
                and (
                    (key in {"di", "at"} and not _is_cap(words[0]))
                    or (key in {"dari", "from"} and (roles_only or next_org))
                )
            ):
                words.append(bare)
                end = tok.end
                continue
            if key in stop_words or key not in ROLE_WORDS:
                if not words and key in _ROLES_AND_POLITICIANS:
                    pass
                else:
                    break
        if key not in ROLE_WORDS and key not in ORG_WORDS and key not in PLACE_WORDS:
            roles_only = False
        words.append(bare)
        end = tok.end
        if raw.endswith((",", ";", ":", "!", "?")) or (raw.endswith(".") and not _abbreviated(raw)):
            if raw.endswith(",") and _continues_after_comma(words, toks, k):
                words[-1] = words[-1] + ","
                continue
            break
        if len(words) >= 16:
            break
    return words, end, False


def _continues_after_comma(words: list[str], toks: _Tokens, k: int) -> bool:
    """Whether a speaker phrase goes on after the comma ending token k: an appositive role
    ("said Mira Tayyiba, Secretary General …") or the name after a title ("kata juru bicara
    Satgas Kabupaten Tegal, Joko Wantoro"; "…, Kecamatan Moyudan, Wahyu Wibowo")."""
    following = toks.get(k + 1)
    if following is None:
        return False
    nxt = following.bare
    key = nxt.casefold()
    if key in DAY_WORDS:
        return False
    if key in ROLE_WORDS | PLACE_WORDS | ORG_WORDS:
        return True
    if not _name_like(nxt):
        return False
    after_place = len(words) >= 2 and words[-2].rstrip(",").casefold() in PLACE_WORDS
    title_first = words[0].rstrip(",").casefold() in ROLE_WORDS
    return after_place or title_first or not split_speaker(words).name


def _name_before(text: str, pos: int) -> bool:
    """Whether `_phrase_before(text, pos)` can end in a name-like word: the word right
    before `pos` must be one (checked the way that function reads it)."""
    last = text[max(0, pos - 200) : pos].rsplit(maxsplit=1)[-1:]
    if not last or _MARK.search(last[0]):
        return False
    raw = last[0]
    if raw.startswith("(") and raw.rstrip(",").endswith(")"):
        return False
    return _name_like(raw.strip(",.;:!?()”“\"'’‘"))


def _phrase_before(text: str, pos: int) -> list[str]:
    """The capitalised words right before `pos` (a speech verb), back to a sentence start,
    a lower-case word or a connector: "Namun, Kepala Dinas X Rizal" -> [Kepala, …, Rizal]."""
    segment = text[max(0, pos - 200) : pos]
    toks = segment.split()
    words: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        raw = toks[k]
        bare = raw.strip(",.;:!?()”“\"'’‘")
        if not bare or _MARK.search(raw):
            break
        if raw.endswith((".", "!", "?")) and words and not _abbreviated(raw):
            break
        if raw.endswith(",") and words:
            # "Widyastuti, Kepala Dinas …, mengatakan" keeps the appositive; a connector
            # ("Namun,") ends the phrase.
            if bare.casefold() in CONNECTORS or not _is_cap(bare):
                break
            words.insert(0, bare + ",")
            continue
        if raw.startswith("(") and raw.rstrip(",").endswith(")"):
            words.insert(0, f"({bare})")
            continue
        if not _is_cap(bare):
            prev_cap = k > 0 and _is_cap(toks[k - 1].strip(",.;:()"))
            if bare.casefold() in PHRASE_GLUE and words and prev_cap:
                words.insert(0, bare)
                continue
            break
        words.insert(0, bare)
        if len(words) >= 20:
            break
    while words and words[0].rstrip(",").casefold() in CONNECTORS:
        words.pop(0)
    return [w for w in words if w]


# ----------------------------------------------------------------- quote spans
def _find_opener(text: str, close: int, floor: int) -> int | None:
    """The opening mark of the quote whose closing mark is at `close`, skipping pairs of
    scare quotes inside it; None when there is none after `floor`."""
    depth = 0
    first: int | None = None
    pos = close - 1
    while pos >= floor:
        ch = text[pos]
        if ch in QUOTE_MARKS:
            if first is None:
                first = pos
            prev = text[pos - 1] if pos > 0 else " "
            nxt = text[pos + 1] if pos + 1 < len(text) else " "
            closer_like = not prev.isspace() and not (nxt.isalnum()) and prev not in ".,?!"
            if closer_like:
                depth += 1
            elif depth > 0:
                depth -= 1
            else:
                return _extend_paragraphs(text, pos, floor)
        elif ch == "\n" and text[pos - 1 : pos] == "\n" and depth == 0 and close - pos > 4000:
            break
        pos -= 1
    return first


def _extend_paragraphs(text: str, opener: int, floor: int) -> int:
    """A quote running over paragraphs repeats the opening mark on each one and closes
    only on the last: walk back while the paragraph before opens a quote it never closes."""
    while True:
        before = text[floor:opener]
        stripped = before.rstrip(" \t")
        if not stripped.endswith("\n"):
            return opener
        para_start = stripped.rstrip("\n").rfind("\n") + 1
        paragraph = stripped[para_start:].strip()
        if not paragraph or paragraph[0] not in QUOTE_MARKS:
            return opener
        inner = paragraph[1:]
        if len(_MARK.findall(inner)) % 2:
            return opener
        opener = (
            floor + para_start + (len(stripped[para_start:]) - len(stripped[para_start:].lstrip()))
        )


def _find_closer(text: str, opener: int) -> int | None:
    depth = 0
    pos = opener + 1
    limit = min(len(text), opener + 5000)
    while pos < limit:
        ch = text[pos]
        if ch in QUOTE_MARKS:
            prev = text[pos - 1]
            nxt = text[pos + 1] if pos + 1 < len(text) else " "
            opener_like = prev.isspace() and not nxt.isspace()
            closer_like = not prev.isspace()
            if opener_like and pos + 1 < len(text) and text[pos - 2 : pos] == "\n\n":
                pos += 1  # the next paragraph of the same quote
                continue
            if opener_like and not closer_like:
                depth += 1
            elif depth > 0:
                depth -= 1
            else:
                return pos
        pos += 1
    return None


def _clean(inner: str) -> str:
    text = inner.strip()
    text = _re(r"\n\s*\n\s*[“”\"„]\s*").sub("\n\n", text)  # repeated opening marks
    text = text.strip(QUOTE_MARKS + " \n\t")
    if text.endswith(","):
        text = text[:-1].rstrip()
    return text


# ----------------------------------------------------------------- the extractor
class _Resolver:
    """Knows who the text has named so far, to resolve pronouns, short names and titles."""

    def __init__(self, mentions: list[Mention], text: str = "") -> None:
        self.text = text
        self.mentions: list[Mention] = []
        for mention in sorted(mentions, key=lambda m: m.start):
            self.add(mention)

    def add(self, mention: Mention) -> None:
        mention.tokens = {t.casefold() for t in mention.name.split()}
        fuller = self.by_name(mention.name, mention.start) if mention.name else None
        if fuller is not None and len(fuller.name) > len(mention.name):
            mention.name, mention.tokens = fuller.name, fuller.tokens
            mention.role = mention.role or fuller.role
            mention.organisation = mention.organisation or fuller.organisation
        elif fuller is not None and not mention.role:
            mention.role, mention.organisation = fuller.role, fuller.organisation
        elif not mention.name and mention.role:
            known = self.by_role(mention.role, mention.start) or self._same_sentence(mention)
            if known is not None:
                mention.name, mention.tokens = known.name, known.tokens
        bisect.insort(self.mentions, mention, key=lambda m: m.start)

    def _same_sentence(self, mention: Mention) -> Mention | None:
        """ "Tri Maharini, dokter emergensi dari …, memaparkan": the title that speaks
        belongs to the name that opened the sentence."""
        for m in reversed(self.mentions):
            if not m.name or m.start >= mention.start:
                continue
            between = self.text[m.start : mention.start]
            if mention.start - m.start < 250 and not _re(r"[.!?”]\s").search(between):
                return m
            return None
        return None

    def before(self, pos: int) -> list[Mention]:
        return [m for m in self.mentions if m.start < pos]

    def last_speaker(self, pos: int) -> Mention | None:
        """Who "ujarnya" / "kata dia" means: the last person named as speaking, unless
        someone was introduced with a title after them ("Salah satunya adalah Ketua … X.")."""
        earlier = self.before(pos)
        speaking = next((m for m in reversed(earlier) if m.speaking and (m.name or m.role)), None)
        titled = next((m for m in reversed(earlier) if m.name and m.role), None)
        if (
            speaking is not None
            and titled is not None
            and titled.start > speaking.start
            and (not speaking.name or titled.name not in speaking.name)
        ):
            return titled
        if speaking is not None:
            return speaking
        return next((m for m in reversed(earlier) if m.name), None)

    def by_name(self, name: str, pos: int) -> Mention | None:
        """The fullest earlier mention whose name holds every word of `name` (or, for a
        nickname such as "Risma" for Tri Rismaharini, starts one of its words)."""
        wanted = {t.casefold() for t in name.split()}
        best: Mention | None = None
        nickname: Mention | None = None
        for m in self.mentions:
            if m.start > pos:
                break
            if not m.name:
                continue
            if wanted <= m.tokens:
                if best is None or (len(m.name), bool(m.role)) >= (len(best.name), bool(best.role)):
                    best = m
            elif len(wanted) == 1 and len(name) >= 4 and len(m.tokens) > 1:
                short = next(iter(wanted))
                if any(t.startswith(short) for t in m.tokens):
                    nickname = m
        return best or nickname

    def by_role(self, role: str, pos: int) -> Mention | None:
        key = role.casefold()
        for m in reversed(self.before(pos)):
            phrase = f"{m.role} {m.organisation}".casefold()
            if m.name and m.role and (phrase.startswith(key) or m.role.casefold() == key):
                return m
        return None


_WORD_RE = re.compile(r"(?<![\w-])[A-Za-z]\w*")
# Titles written in lower case before a name ("anggota KPU Ilham Saputra").
LOWER_HEADS = _vocab(
    """
    anggota peneliti pengamat dosen guru pakar ekonom epidemiolog sosiolog psikolog dokter
    pendiri juru pengajar rektor aktivis pegiat analis advokat pengacara politisi politikus
    komisioner ketua kepala direktur sekretaris
    """
)


@functools.cache
def _heads() -> re.Pattern[str]:
    """The words `_WORD_RE` finds that may head a title: capitalised ones of four letters or
    more, and the lower-case titles of LOWER_HEADS (checked again by the caller)."""
    lower = sorted(LOWER_HEADS, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:[A-Z]\w{3,}|(?=[a-z])"
        + _starts(lower)
        + "(?i:"
        + "|".join(lower)
        + r")(?!\w))"
    )


_GOES_ON = PHRASE_GLUE | {"di", "at", "dari", "from"} | ROLE_WORDS


def _title_alone(text: str, end: int) -> bool:
    """Whether the capitalised title ending at `end` stands alone: the word after it is a
    lower-case one that cannot go on a speaker phrase ("Presiden menyampaikan"), so
    `_phrase_after` would give that one word."""
    if end < len(text) and not text[end].isspace():
        return False  # "Menteri," and the like: let _phrase_after decide
    after = _TOKEN.search(text, end)
    if after is None:
        return True
    raw = after.group(0)
    return "a" <= raw[0] <= "z" and raw.strip(",.;:!?()”“\"'’‘").casefold() not in _GOES_ON


def _starts(words: list[str]) -> str:
    """A lookahead for the first letters of `words`: an alternation of many words is tried
    at every position of a text, the lookahead rejects most positions at once."""
    return "(?=[" + "".join(sorted({w[0] for w in words})) + "])"


def _collect_mentions(
    text: str, language: str, say_verbs: list[str], short: set[str], until: int | None = None
) -> list[Mention]:
    """People the text names: "<title> <Name>" anywhere, and speakers of reported speech.
    Introductions after `until` (the last quote mark: no quote looks past it) are skipped."""
    found: list[Mention] = []
    verbs = _re(_starts(say_verbs) + r"(?<![\w-])(?:" + "|".join(say_verbs) + r")(?![\w-])")
    for m in verbs.finditer(text):
        words = _phrase_before(text, m.start())
        if not words:
            continue
        sp = split_speaker(words, short)
        titled = bool(sp.role) and sp.role.split()[0].casefold() in ROLE_WORDS
        if sp.name or titled:
            start = m.start() - len(" ".join(words))
            found.append(Mention(start, sp.name, sp.role, sp.organisation, speaking=True))
    if language == "id":
        for m in _re(r"(?=[Mm])(?<![\w-])[Mm]enurut\s+").finditer(text):
            words, _end, _back = _phrase_after(text, m.end(), language)
            sp = split_speaker(words, short)
            if sp.name:
                found.append(Mention(m.start(), sp.name, sp.role, sp.organisation, speaking=True))
    passive = _re(
        r"(?=[dktluj])(?<![\w-])(?:disampaikan|diungkapkan|dikatakan|dijelaskan|ditegaskan|dipaparkan|"
        r"diutarakan|dituturkan|disebutkan|kata|ujar|tutur|lanjut|tambah|jelas)\s+(?:oleh\s+)?"
    )
    for m in passive.finditer(text):
        if text[m.end() : m.end() + 1].isupper():
            words, _end, _back = _phrase_after(text, m.end(), language)
            sp = split_speaker(words, short)
            if sp.name:
                found.append(Mention(m.start(), sp.name, sp.role, sp.organisation, speaking=True))
    # Anyone doing something: "<Name> me-/ber-verb" (used to resolve short names only).
    for m in _re(r"(?<=\s)(?:me|ber)[a-z]{3,}\b").finditer(text):
        if not _name_before(text, m.start()):
            continue  # the phrase before would not end in a name
        words = _phrase_before(text, m.start())
        if words and _name_like(words[-1].rstrip(",")):
            sp = split_speaker(words, short)
            if sp.name:
                start = m.start() - len(" ".join(words)) - 1
                found.append(Mention(start, sp.name, sp.role, sp.organisation))
    # Appositives: ", Umbu Rauta," after an office; "Syafrin Liputo, Kepala Dinas …".
    appositive = (
        r"(?=[A-Z])(?:(?<=[\w)], )|(?<=[.!?”] )|^)((?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’-]+),"
    )
    for m in _re(appositive, re.M).finditer(text):
        words = m.group(1).split()
        if all(_name_like(w) for w in words):
            after, _end, _back = _phrase_after(text, m.end(), language)
            if after and after[0].casefold() in ROLE_WORDS:
                role, org = _split_role([w.rstrip(",") for w in after])
            else:
                sp = split_speaker(_phrase_before(text, m.start()))
                role, org = sp.role, sp.organisation
            found.append(Mention(m.start(1), m.group(1), role, org))
    # "<title> <Name>" introductions: "Presiden Joko Widodo menginstruksikan …".
    for m in _heads().finditer(text):
        if until is not None and m.start() > until:
            break
        head = m.group(0)
        key = head.casefold()
        if head[0].isupper():
            if len(key) <= 3 or key not in ROLE_WORDS:
                continue
        elif key not in LOWER_HEADS:
            continue
        if found and found[-1].start <= m.start() < found[-1].start + 20:
            continue
        if head[0].isupper() and _title_alone(text, m.end()):
            continue
        words, _end, _back = _phrase_after(text, m.start(), language)
        if len(words) < 2:
            continue
        sp = split_speaker(words, short)
        if sp.name and sp.role:
            found.append(Mention(m.start(), sp.name, sp.role, sp.organisation))
    for mention in found:
        mention.tokens = {t.casefold() for t in mention.name.split()}
    return found


def _short_names(text: str, language: str) -> set[str]:
    """Single words the text uses alone for a person: "kata Mira", "Mira mengatakan"."""
    cues = "|".join(ID_CUES if language == "id" else EN_CUES)
    verbs = "|".join(ID_SAY_VERBS if language == "id" else EN_SAY_VERBS)
    found = set(_re(r"(?<![\w-])(?:" + cues + r")\s+([A-Z][\w’'-]+)(?=[\s.,])").findall(text))
    found |= set(
        _re(r"(?:^|[.,”]\s|\s[a-z]+\s)([A-Z][\w’'-]+)\s+(?:" + verbs + r")\b").findall(text)
    )
    return {w for w in found if _name_like(w)}


def extract(text: str, language: str = "id", *, officials_only: bool = False) -> list[FoundQuote]:
    """Every attributed direct quote in `text`, in order; with `officials_only`, only those
    whose speaker has a title or an office (see FoundQuote.official)."""
    if not _MARK.search(text):
        return []
    language = language if language in ("id", "en") else "id"
    say_verbs = ID_SAY_VERBS + (EN_SAY_VERBS if language == "en" else [])
    short = _short_names(text, language)
    last_mark = max(m.start() for m in _MARK.finditer(text))
    resolver = _Resolver(_collect_mentions(text, language, say_verbs, short, last_mark), text)
    quotes: list[FoundQuote] = []
    floor = 0
    for mark in _MARK.finditer(text):
        pos = mark.start()
        if pos < floor:
            continue
        found = _quote_at(text, pos, floor, language, resolver, short)
        if found is None:
            continue
        quotes.append(found)
        floor = found.end
    if officials_only:
        return [q for q in quotes if q.official]
    return quotes


def _quote_at(
    text: str,
    pos: int,
    floor: int,
    language: str,
    resolver: _Resolver,
    short: set[str],
) -> FoundQuote | None:
    before_mark = text[max(floor, pos - 3) : pos]
    # 1. A closing mark followed by a cue: "…,” kata X" / "…," said X / "…," X said.
    attribution = _attribution_after(text, pos + 1, language)
    if attribution is not None and (before_mark.rstrip()[-1:] in {",", "?", "!", "."} or True):
        opener = _find_opener(text, pos, floor)
        if opener is not None and opener < pos:
            inner = text[opener + 1 : pos]
            if inner.strip() and _plausible(inner):
                words, end, backref, cue = attribution
                quote = FoundQuote(_clean(inner), opener, pos + 1, cue=cue, language=language)
                gap = len(text[pos + 1 : end]) - len(text[pos + 1 : end].lstrip())
                quote.attribution_start, quote.attribution_end = pos + 1 + gap, end
                _attribute(quote, words, backref, opener, end, resolver, short, language)
                return quote
    # 2. An opening mark after a speaker and a speech verb: X mengatakan, “…”.
    lead = text[max(floor, pos - 250) : pos]
    verb = _verb_before(lead, language)
    if verb is not None:
        close = _find_closer(text, pos)
        if close is not None and _plausible(text[pos + 1 : close]):
            verb_at = max(floor, pos - 250) + verb
            words = _phrase_before(text, verb_at)
            backref = not words or _backref_words(lead[:verb].split()[-1:], language)
            quote = FoundQuote(_clean(text[pos + 1 : close]), pos, close + 1, language=language)
            quote.cue = lead[verb:].strip(" ,:")
            phrase = " ".join(words)
            quote.attribution_start = max(
                floor, text.rfind(phrase, 0, verb_at) if phrase else verb_at
            )
            quote.attribution_end = verb_at + len(quote.cue)
            menurut = (
                _re(r"(?:^|\s)[Mm]enurut\s+(.+?),\s*$").search(lead) if "enurut" in lead else None
            )
            if menurut:
                words, backref = menurut.group(1).split(), False
                quote.cue = "menurut"
            _attribute(quote, words, bool(backref), pos, close + 1, resolver, short, language)
            return quote
    return None


def _plausible(inner: str) -> bool:
    """A quote says something: more than a few words, or a full clause ending in punctuation."""
    words = inner.split()
    return len(words) >= 3 or (len(words) >= 1 and inner.rstrip()[-1:] in ",.?!")


def _backref_words(words: list[str], language: str) -> bool:
    pronouns = PRONOUNS_ID if language == "id" else PRONOUNS_EN
    return bool(words) and words[-1].strip(",").casefold() in pronouns


def _verb_before(lead: str, language: str) -> int | None:
    """Where the speech verb ends a lead-in such as "X mengatakan, " / "X said: "."""
    # The last word, before one comma or colon: the speech verb when there is one.
    tail = lead.rstrip()
    ends_with_comma = tail.endswith(",")
    if tail.endswith((",", ":")):
        tail = tail[:-1].rstrip()
    last = tail.rsplit(maxsplit=1)[-1:]
    if last and last[0] in (_ID_SAY if language == "id" else _EN_SAY):
        return len(tail) - len(last[0])
    if ends_with_comma and ("enurut" in lead or "ccording to" in lead):
        m = _re(r"(?:^|\s)([Mm]enurut|[Aa]ccording to)\s+[^.”“\"]{2,120},\s*$").search(lead)
        if m:
            return len(lead.rstrip()) - 1
    return None


def _attribution_after(
    text: str, pos: int, language: str
) -> tuple[list[str], int, bool, str] | None:
    """(speaker words, end, is_backref, cue) of the attribution right after a closing mark."""
    m = ID_CUE_RE.match(text, pos) if language == "id" else EN_CUE_RE.match(text, pos)
    if m is not None:
        cue = m.group("cue")
        if language == "id" and m.group("nya"):
            return [], m.end(), True, cue
        words, end, tail_backref = _phrase_after(text, m.end(), language)
        if not words:
            return [], m.end(), True, cue
        if _backref_words(words[:1], language) or tail_backref:
            return words, end, True, cue
        return words, end, False, cue
    if language == "en":
        # "…," Mira Tayyiba said / "…," he said.
        m = _re(
            r"\s*((?:[A-Z][\w.'’-]*\s+){0,6}?|he\s+|she\s+|they\s+)(" + "|".join(EN_CUES) + r")\b"
        ).match(text[pos : pos + 120])
        if m and m.group(1).strip():
            words = m.group(1).split()
            return words, pos + m.end(), _backref_words(words, language), m.group(2)
    elif language == "id":
        m = _re(r"\s*(demikian|begitu)\s+(kata|ujar|ucap|tutur)?\s*").match(text[pos : pos + 40])
        if m:
            words, end, tail = _phrase_after(text, pos + m.end(), language)
            return words, end, not words or tail, m.group(1)
    return None


def _attribute(
    quote: FoundQuote,
    words: list[str],
    backref: bool,
    start: int,
    end: int,
    resolver: _Resolver,
    short: set[str],
    language: str,
) -> None:
    """Fills the quote's speaker from the attribution words, resolving back-references."""
    sp = Speaker() if backref else split_speaker(words, short)
    if backref:
        hint = " ".join(w for w in words if w.casefold() not in BACKREF_TAIL | PRONOUNS_ID)
        found = resolver.last_speaker(start)
        if found is not None:
            sp = Speaker(found.name, found.role, found.organisation)
        elif hint:
            sp = split_speaker(hint.split(), short)
    elif sp.name:
        known = resolver.by_name(sp.name, start)
        if known is not None:
            full_name = known.name if len(known.name) > len(sp.name) else sp.name
            sp = Speaker(full_name, sp.role or known.role, sp.organisation or known.organisation)
    elif sp.role:
        known = resolver.by_role(
            sp.role + (" " + sp.organisation if sp.organisation else ""), start
        )
        if known is not None:
            sp = Speaker(known.name, sp.role or known.role, sp.organisation or known.organisation)
    quote.speaker, quote.role, quote.organisation = sp.name, sp.role, sp.organisation
    if sp.name:
        resolver.add(Mention(start, sp.name, sp.role, sp.organisation, speaking=True))
    del end, language
