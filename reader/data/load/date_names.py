"""The words dates are written with: months' and weekdays' names in the languages read, and
zones named by letters (see dates.py)."""

from __future__ import annotations

ZONE_HOURS = {
    "Z": 0,
    "z": 0,
    "UTC": 0,
    "GMT": 0,
    "WET": 0,
    "WEST": 1,
    "CET": 1,
    "CEST": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
}
"""Zones named by letters that mean one offset wherever they are written (hours from UTC):
UTC and Europe's. `CST`, `IST` or `BST` name zones hours apart, and are refused."""
MONTH_NAMES = (
    "january jan januar jänner janvier enero ene gennaio gen janeiro januari leden ledna "
    "január januára styczeń stycznia sty январь января січень січня",
    "february feb februar février febrero febbraio fevereiro fev februari únor února "
    "február februára luty lutego lut февраль февраля лютий лютого",
    "march mar märz mars marzo março maart mrt březen března marec marca marzec március "
    "márc март марта березень березня",
    "april apr avril abril abr aprile duben dubna apríl apríla kwiecień kwietnia kwi április "
    "ápr апрель апреля квітень квітня",
    "may mai mayo maggio mag maio mei květen května máj mája maj maja május май мая травень травня",
    "june jun juni juin junio giugno giu junho červen června jún júna czerwiec czerwca cze "
    "június июнь июня червень червня",
    "july jul juli juillet julio luglio lug julho červenec července júl júla lipiec lipca lip "
    "július июль июля липень липня",
    "august aug août agosto ago augustus srpen srpna augusta sierpień sierpnia sie augusztus "
    "август августа серпень серпня",
    "september sep sept septembre septiembre setiembre settembre set setembro září septembra "
    "wrzesień września wrz szeptember szept сентябрь сентября вересень вересня",
    "october oct oktober octobre octubre ottobre ott outubro out říjen října október októbra "
    "październik października paź октябрь октября жовтень жовтня",
    "november nov novembre noviembre novembro listopad listopadu novembra listopada ноябрь "
    "ноября листопада",
    "december dec dezember décembre diciembre dic dicembre dezembro dez prosinec prosince "
    "decembra grudzień grudnia gru декабрь декабря грудень грудня",
)
"""Each month's names and their short forms, in English, German, French, Spanish, Italian,
Portuguese, Dutch, Czech, Slovak, Polish, Hungarian, Russian and Ukrainian (nominative, and
the genitive a date takes: `17. prosince`, `17 grudnia`, `17 декабря`). No name is two
months' (Croatian's `listopad` is October, Czech's and Polish's November: not Croatian)."""
MONTHS = {
    name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names.split()
}
"""Each month's number (January 1) by every name of it."""
WEEKDAY_NAMES = (
    "monday mon montag mo lundi lunes lun lunedì lunedi segunda-feira segunda seg maandag ma "
    "pondělí po pondelok poniedziałek pon pn hétfő понедельник пн понеділок",
    "tuesday tue tues dienstag di mardi martes martedì martedi terça-feira terça ter dinsdag "
    "úterý út utorok ut wtorek wt kedd вторник вт вівторок",
    "wednesday wed mittwoch mi mercredi miércoles mié mercoledì mercoledi mer quarta-feira "
    "quarta qua woensdag wo středa st streda środa śr szerda среда ср середа",
    "thursday thu thur thurs donnerstag do jeudi jueves jue giovedì giovedi gio quinta-feira "
    "quinta qui donderdag čtvrtek čt štvrtok št czwartek czw csütörtök четверг чт четвер",
    "friday fri freitag fr vendredi viernes vie venerdì venerdi ven sexta-feira sexta sex "
    "vrijdag vr pátek pá piatok pi piątek pt péntek пятница пт",
    "saturday sat samstag sonnabend sa samedi sábado sáb sab sabato zaterdag za sobota so sob "
    "szombat суббота сб субота",
    "sunday sun sonntag dimanche domingo dom domenica zondag zo neděle ne nedeľa niedziela "
    "niedz nd vasárnap воскресенье вс неділя нд",
)
"""Each weekday's names and short forms, in the languages of the month names."""
WEEKDAYS = {name: number for number, names in enumerate(WEEKDAY_NAMES) for name in names.split()}
"""Each weekday's number as `datetime.weekday` gives it (Monday 0) by every name of it."""
