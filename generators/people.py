"""The fictional people of the synthetic archives.

`OWNER` and `CAST` are the demo's people: one account owner and the contacts she deals with on
LinkedIn, on X, or on both (the same person, the same name). Nobody here is real. Large
archives draw their contacts from `crowd_person` / `crowd_account` instead, which invent any
number of distinct people from a seed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from generators.sink import mix64


@dataclass(frozen=True)
class Person:
    """A contact as both services would show them; a None slug or handle: not on that service."""

    key: str
    first_name: str
    last_name: str
    company: str = ""
    position: str = ""
    slug: str | None = None
    handle: str | None = None
    twitter_id: str | None = None
    twitter_name: str | None = None
    email: str = ""

    @property
    def full_name(self) -> str:
        """The name LinkedIn prints in FROM/TO columns and invitations."""
        return f"{self.first_name.strip()} {self.last_name.strip()}"

    @property
    def display_name(self) -> str:
        """The name X shows for the account."""
        return self.twitter_name or self.full_name

    @property
    def profile_url(self) -> str:
        return f"https://www.linkedin.com/in/{self.slug}"

    @property
    def public_url(self) -> str:
        """The scheme-less form the endorsement files use."""
        return f"www.linkedin.com/in/{self.slug}"

    @property
    def user_link(self) -> str:
        return f"https://twitter.com/intent/user?user_id={self.twitter_id}"


OWNER = Person(
    key="owner",
    first_name="Åsa",
    last_name="Lindqvist-Ortega",
    company="Kvarn Data AB",
    position="Staff Data Engineer",
    slug="asa-lindqvist-ortega",
    handle="asalindqvist",
    twitter_id="1326719481",
    email="asa.lindqvist.ortega@example.org",
)
OWNER_FORMER_HANDLE = "asa_lindqvist"
OWNER_SKILLS = (
    "Data Engineering",
    "Python",
    "SQL",
    "Apache Airflow",
    "dbt",
    "Data Modeling",
    "DuckDB",
    "Apache Kafka",
    "Stream Processing",
    "Data Warehousing",
)

# fmt: off
CAST: tuple[Person, ...] = (
    # On both LinkedIn and X.
    Person("mei", "Mei", "Chen, PhD", "Nordvik Analytics", "Head of Data Science",
           "mei-chen-phd-4b1a7c", "meichen_phd", "98123457", "Mei Chen, PhD"),
    Person("soren", "Søren", "Kjærgaard", "Ørsted Labs", "Staff Data Engineer",
           "søren-kjærgaard-7a31b2", "sorenkj", "221845903"),
    Person("lukasz", "Łukasz", "Wróblewski", "Allegro", "Platform Engineer",
           "lukasz-wroblewski", "lwroblewski", "1120458796453617664"),
    Person("ines", "Inês", "Gonçalves", "Feedzai", "Analytics Engineer",
           "ines-goncalves-2b8c1d", "inesgoncalves", "3158702214"),
    Person("lan", "Lan", "Nguyễn Thị", "Tiki", "Data Engineer",
           "lan-nguyen-thi", "lan_nguyen_dev", "1288130546720768001", "Nguyễn Thị Lan 🌿"),
    Person("chidinma", "Chidinma", "Okafor", "Paystack", "Data Platform Lead",
           "chidinma-okafor", "chidi_okafor", "845226390185287680"),
    Person("francois", "François", "Lefèvre", "Doctolib", "Senior Data Engineer",
           "francois-lefevre-91c0aa", "flefevre", "14982305"),
    Person("inaki", "Iñaki", "Etxeberria", "Ikerlan", "Research Engineer",
           "inaki-etxeberria", "inakietx", "2401937718"),
    Person("elif", "Elif", "Aydın", "Trendyol", "Machine Learning Engineer",
           "elif-aydin-5d2e4f", "elifaydin_ml", "1410776523001864195"),
    Person("dmitri", "Дмитрий", "Волков", "JetBrains", "Developer Advocate",
           "dmitri-volkov-3c9", "dvolkov", "61822044"),
    Person("noa", "Noa", "Ben-David", "Wix", "Data Engineering Manager",
           "noa-ben-david", "noabendavid", "2988415627"),
    Person("kwame", "Kwame", "Mensah", "mPharma", "Analytics Lead",
           "kwame-mensah-b7a0c2", "kwamemensah", "1033912283347779584"),
    Person("greta", "Gréta", "Þórsdóttir", "Controlant", "Data Engineer",
           "greta-thorsdottir", "gretathors", "1502274870"),
    Person("ravi", "Ravi", "Shankar, MBA", "Swiggy", "Product Analytics Manager",
           "ravi-shankar-mba", "ravishankar_pm", "259881163", "Ravi Shankar"),
    Person("zoe", "Zoë", "Abernathy-Ngata", "Xero", "Staff Engineer",
           "zoe-abernathy-ngata", "zoe_ngata", "1174403812664131584"),
    # LinkedIn only.
    Person("eva", "Eva", "Sundgren, PMP, CSM", "Volvo Cars", "Programme Manager",
           "eva-sundgren-pmp"),
    Person("yusuf", "Yusuf", "Çelik", "Getir", "BI Developer", "yusuf-celik-0a4471"),
    Person("hana", "Hana", "Kovářová", "Kiwi.com", "Data Analyst", "hana-kovarova"),
    Person("mikael", "Mikael", "Järvinen", "Wolt", "Engineering Manager",
           "mikael-jarvinen-6f3b"),
    Person("ana", "Ana María", "Restrepo", "Rappi", "Data Scientist", "ana-maria-restrepo",
           email="ana.restrepo@example.com"),
    Person("sungmin", "Sung-min", "Park (박성민)", "Coupang", "Data Engineer",
           "sung-min-park-8d"),
    Person("rajesh", "Rajesh", "Iyer", "Freshworks", "Solutions Architect, Data & AI",
           "rajesh-iyer-42aa1f"),
    Person("chloe", "Chloé", "Dubois", "Criteo", "Data Engineer", "chloe-dubois-b21"),
    Person("matteo", "Matteo", "Ricci", "Satispay", "Backend Engineer", "matteo-ricci"),
    Person("leilani", "Leilani", "Kahale", "Hawaiian Electric", "Data Engineer",
           "leilani-kahale"),
    Person("fatima", "Fatima Zahra", "El Amrani", "OCP Group", "Data Manager",
           "fatima-zahra-el-amrani"),
    Person("astrid", "Astrid", "Solberg", "Equinor", "Principal Data Engineer",
           "astrid-solberg-0b"),
    Person("jurgen", "Jürgen", "Weiß", "Zalando", "Data Architect", "jürgen-weiß"),
    Person("camille", "Camille", "Roux", "BlaBlaCar", "Analytics Engineer",
           "camille-roux-3e1"),
    Person("sofia", "Sofía", "Castillo", "Kavak", "Head of BI", "sofia-castillo-mx"),
    Person("tariq", "Tariq", "Haddad", "Careem", "Senior Data Engineer", "tariq-haddad"),
    Person("malin", "Malin", "Öberg", "Klarna", "Data Engineer", "malin-oberg",
           email="malin.oberg@example.se"),
    Person("oisin", "Oisín", "Kelly", "Intercom", "Staff Engineer", "oisin-kelly-9a2"),
    Person("wiremu", "Wiremu", "Parata", "Trade Me", "Data Engineer", "wiremu-parata"),
    Person("yuki", "Yuki", "Tanaka", "Mercari", "ML Engineer", "yuki-tanaka-1f"),
    Person("analucia", "Ana Lúcia", "Ferreira", "Nubank", "Staff Analytics Engineer",
           "ana-lucia-ferreira"),
    Person("zeynep", "Zeynep", "Arslan", "Hepsiburada", "Data Engineer", "zeynep-arslan"),
    Person("lotte", "Lotte", "de Vries", "Adyen", "Data Engineer", "lotte-de-vries-7c"),
    Person("henrik", "Henrik", "Ståhl", "Spotify", "Senior Engineer", "henrik-stahl"),
    Person("paula", "Paula", "Nieminen", "Supercell", "Data Scientist", "paula-nieminen"),
    Person("bilal", "Bilal", "Qureshi", "Bazaar", "CTO", "bilal-qureshi-pk"),
    Person("marisol", "Marisol", "Vega", "Cabify", "Data Engineering Lead", "marisol-vega"),
    Person("emeka", "Emeka", "Eze", "Flutterwave", "Analytics Engineer", "emeka-eze-0c2"),
    Person("ingrid", "Ingrid", "Halvorsen", "Vipps", "Data Engineer", "ingrid-halvorsen"),
    Person("ayse", "Ayşe", "Demir", "Peak Games", "Data Analyst", "ayse-demir-8b"),
    # LinkedIn keeps the trailing space some people type after an initial.
    Person("kofi", "K. ", "Okonkwo-Petersen", "Maersk", "Technical Recruiter",
           "k-okonkwo-petersen"),
    Person("rafael", "Rafael", "Ortiz ✅", "Glovo", "Talent Partner, Data", "rafael-ortiz"),
    # X only (Priya and Tomás also have LinkedIn profiles, but are not the owner's connections).
    Person("dana", "Dana", "Whitfield", handle="dana_quacks",
           twitter_id="1617270061850746880", twitter_name="Dana 🦆"),
    Person("pete", "Pete", "Kowalczyk", handle="pipelinepete", twitter_id="380155270"),
    Person("siobhan", "Siobhán", "Ní Bhriain", handle="sqlsiobhan",
           twitter_id="1357994472032473090"),
    Person("duckdaily", "Duck Data", "Daily", handle="duck_data_daily",
           twitter_id="1588213367490510849", twitter_name="Duck Data Daily"),
    Person("tomas", "Tomás", "Ó Briain", slug="tomas-o-briain-3b", handle="tomasobriain",
           twitter_id="3301847712"),
    Person("kalinda", "Kalinda", "Nakamura", handle="kalinda_n", twitter_id="22749163"),
    Person("olusegun", "Olúségun", "Adébáyọ̀", handle="olusegun_a",
           twitter_id="1226080943352766464"),
    Person("harlow", "Harlow", "Quinn", handle="mx_harlow", twitter_id="903114508"),
    Person("sven", "Sven", "Ødegård", handle="streamingsven",
           twitter_id="1460312298744176641"),
    Person("lea", "Léa", "Moreau", handle="lea_moreau", twitter_id="2842990176"),
    Person("brigid", "Brigid", "O'Shea", handle="bytesofbrigid",
           twitter_id="1702338412187254784"),
    Person("priya", "Priya", "Raghavan", slug="priya-raghavan-5e", handle="priya_r",
           twitter_id="117203554"),
)
# fmt: on


def bench_owner(seed: int) -> Person:
    """The owner of a large archive: not the demo's owner, so both can share a warehouse."""
    return Person(
        key="bench-owner",
        first_name="Robin",
        last_name="Okoro-Lindahl",
        slug=f"robin-okoro-lindahl-{seed:x}",
        handle=f"robinokoro{seed % 100_000}"[:15],
        twitter_id=str(2_400_000_000 + seed % 1_000_000_000),
        email="robin.okoro@example.net",
    )


BY_KEY: dict[str, Person] = {person.key: person for person in (OWNER, *CAST)}


def person(key: str) -> Person:
    return BY_KEY[key]


# ---------------------------------------------------------------------------------------------
# The crowd: any number of distinct invented people for large archives.

# fmt: off
FIRST_NAMES = (
    "Aino", "Alejandro", "Amara", "Anders", "Anouk", "Aroha", "Beatriz", "Björn", "Camila",
    "Chiara", "Chinedu", "Dagný", "Darius", "Elin", "Emre", "Esther", "Fatoumata", "Felipe",
    "Freya", "Goran", "Hamid", "Hyejin", "Ilse", "Ioana", "Jakub", "Jana", "Jesús", "Joaquín",
    "Kaito", "Katarzyna", "Kenji", "Lars", "Laila", "Leïla", "Lucía", "Maëlle", "Magnus",
    "Mariam", "Mateus", "Mónica", "Nadia", "Nils", "Nkechi", "Ömer", "Pania", "Radu", "Rania",
    "Rūta", "Sakura", "Samir", "Selin", "Siddharth", "Signe", "Tamar", "Thandiwe", "Tiago",
    "Tuğba", "Valentina", "Vikram", "Wanjiru", "Xavier", "Yara", "Youssef", "Zofia", "Žaneta",
)
LAST_NAMES = (
    "Andersson", "Achterberg", "Bąk", "Bergström", "Brennan", "Castañeda", "Chowdhury",
    "Costa", "Dąbrowska", "Demirci", "Diallo", "Eriksen", "Fernández", "Fontaine", "García",
    "Gómez", "Haugland", "Hernández", "Hoang", "Ivanova", "Jensen", "Kahananui", "Kowalski",
    "Kuznetsova", "Laine", "Lindahl", "Mäkinen", "Mbeki", "Moreno", "Müller", "Nakashima",
    "Ndiaye", "Novák", "Nyberg", "O'Connor", "Okonjo", "Olsen", "Pereira", "Popescu",
    "Quispe", "Rahman", "Rasmussen", "Rossi", "Sánchez", "Schäfer", "Singh", "Sørensen",
    "Suzuki", "Takahashi", "Tamm", "Te Whare", "Tran", "Urquhart", "Van den Berg", "Vázquez",
    "Virtanen", "Wiśniewska", "Yamamoto", "Yılmaz", "Zielińska", "Åkesson", "Þorvaldsson",
)
# Credentials people append to their last name, which put commas into the CSV fields.
SUFFIXES = (", PhD", ", MBA", ", PMP", ", CFA", ", PhD, MBA")
COMPANIES = (
    "Acme Analytics", "Northwind Data", "Fjordline Systems", "Tallinn Tech", "Lumen Health",
    "Orbital Freight", "Kestrel Bank", "Ubuntu Payments", "Sakura Retail", "Andes Mobility",
    "Baltic Energy", "Pampas Agro", "Nimbus Cloud", "Harbor Logistics", "Ceres Foods",
    "Quanta Labs", "Vega Insurance", "Polaris Media", "Atlas Telecom", "Meridian Games", "",
)
POSITIONS = (
    "Data Engineer", "Senior Data Engineer", "Analytics Engineer", "Data Scientist",
    "Machine Learning Engineer", "Head of Data", "Engineering Manager", "BI Developer",
    "Software Engineer", "Product Manager", "Technical Recruiter", "CTO",
    "Data Platform Lead", "Research Scientist", "Solutions Architect, Data & AI", "",
)
# fmt: on


def ascii_fold(text: str) -> str:
    """Accents removed and a few letters spelled out, as most LinkedIn slugs are."""
    special = {"ø": "o", "æ": "ae", "å": "a", "ß": "ss", "þ": "th", "ð": "d", "ł": "l", "ı": "i"}
    text = "".join(special.get(ch, ch) for ch in text.lower())
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str, *, keep_unicode: bool = False) -> str:
    source = text.lower() if keep_unicode else ascii_fold(text)
    words = "".join(ch if ch.isalnum() else " " for ch in source).split()
    return "-".join(words)


def crowd_person(seed: int, index: int) -> Person:
    """The `index`-th invented LinkedIn member of a large archive; slugs never repeat."""
    h = mix64(seed, 0x11, index)
    first = FIRST_NAMES[h % len(FIRST_NAMES)]
    last = LAST_NAMES[(h >> 8) % len(LAST_NAMES)]
    if (h >> 20) % 29 == 0:
        last += SUFFIXES[(h >> 25) % len(SUFFIXES)]
    if (h >> 30) % 97 == 0:
        first += " "
    # Multiplying by an odd constant modulo 2^40 is a bijection: distinct indexes, distinct
    # suffixes, so slugs stay unique however many people are drawn.
    suffix = format((index * 0x9E3779B97F + seed) % (1 << 40), "x")
    slug = f"{slugify(first + ' ' + last, keep_unicode=(h >> 34) % 23 == 0)}-{suffix}"
    email = ""
    if (h >> 40) % 19 == 0:
        email = f"{ascii_fold(first.strip())}.{slugify(last)[:12]}@example.com".replace(" ", "")
    return Person(
        key=f"c{index}",
        first_name=first,
        last_name=last,
        company=COMPANIES[(h >> 44) % len(COMPANIES)],
        position=POSITIONS[(h >> 50) % len(POSITIONS)],
        slug=slug,
        email=email,
    )


def crowd_account(seed: int, index: int) -> Person:
    """The `index`-th invented X account of a large archive; ids and handles never repeat."""
    h = mix64(seed, 0x22, index)
    first = FIRST_NAMES[h % len(FIRST_NAMES)]
    last = LAST_NAMES[(h >> 8) % len(LAST_NAMES)]
    if (h >> 16) % 3 == 0 and index < 100_000:
        # An account from before 2013: a short sequential id (below any owner's id).
        account_id = str(10_000_000 + index * 7_919 + seed % 7_919)
    else:
        # A snowflake id (accounts from 2015 on): creation time high, the index in the low bits.
        created_ms = 1_420_070_400_000 + (h >> 20) % 320_000_000_000
        account_id = str(((created_ms - 1_288_834_974_657) << 22) | (index & 0x3FFFFF))
    base = "".join(ch for ch in ascii_fold(first)[:6] + ascii_fold(last)[:6] if ch.isalnum())
    suffix = format(index, "x")
    handle = f"{base[: 14 - len(suffix)]}_{suffix}"
    return Person(
        key=f"t{index}",
        first_name=first,
        last_name=last,
        handle=handle,
        twitter_id=account_id,
        twitter_name=f"{first} {last}" if (h >> 40) % 5 else f"{first} ✨",
    )
