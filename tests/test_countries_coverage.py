"""Every UN member state and observer state is a country of the bundled lexicon, so no
member's name, demonym or capital goes unread (Uganda, Albania and Sierra Leone once did)."""

from __future__ import annotations

from usc_timeline.lexicon import default_lexicon

# ISO 3166-1 alpha-2 codes of the 193 UN member states and the two observer states
_UN_LIST = """AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI
CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ
FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW
KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP
NL NZ NI NE NG KP MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN
RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE
GB US UY UZ VU VE VN YE ZM ZW VA PS"""
_UN = _UN_LIST.split()


def test_every_un_member_and_observer_state_is_a_country() -> None:
    assert len(set(_UN)) == 195
    codes = {c.code for c in default_lexicon().countries}
    assert sorted(set(_UN) - codes) == []


def test_no_name_demonym_or_capital_belongs_to_two_countries() -> None:
    owner: dict[str, str] = {}
    for c in default_lexicon().countries:
        for form in {c.name, *c.aliases, *c.adjectives, *([c.capital] if c.capital else [])}:
            assert owner.setdefault(form.casefold(), c.code) == c.code, form
