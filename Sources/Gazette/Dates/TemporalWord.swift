/// What a word (or a fixed phrase) can mean to the date recogniser. A language's table maps its
/// words to these readings; the grammar speaks only of readings, never of words.
public enum TemporalWord: Sendable, Hashable {
    /// A cardinal number in words: `deux`, `vingt`, `dix-huit`.
    case number(Int)
    /// An approximate number: `dizaine` (10), `trentaine` (30), used as `une dizaine de jours`.
    case approximateNumber(Int)
    /// An ordinal: `premier` (1), `deuxième` (2); `dernier` is -1.
    case ordinal(Int)
    /// A unit of time, singular or plural.
    case unit(TimeUnit)
    /// A month name or abbreviation other than ICU's (`fev`, `sept`).
    case month(Int)
    /// A weekday (1 = Monday), e.g. a plural `lundis` for sets.
    case weekday(Int)
    /// A part of the day: `MO`, `AF`, `EV`, `NI`, `DT` (TIMEX3 codes without the `T`).
    case partOfDay(String)
    /// `midi` (12) or `minuit` (0): a clock hour by name.
    case namedHour(Int)
    /// A day relative to the reference date: `hier` -1, `demain` +1.
    case dayOffset(Int)
    /// A day relative to the previous date of the discourse: `la veille` -1, `le lendemain` +1.
    case discourseOffset(Int)
    /// A direction after a period: `prochain` +1, `dernier` -1, `suivant` (relative to an anchor) +1.
    case relation(Int)
    /// The next or previous unit relative to the discourse (`suivant`, `précédent`).
    case discourseRelation(Int)
    /// A demonstrative: `ce`, `cet`, `cette`.
    case this
    /// A season: `SP`, `SU`, `FA`, `WI`.
    case season(String)
    /// A holiday, by index into the language's holiday table.
    case holiday(Int)
    /// A position or approximation: `START`, `MID`, `END`, `APPROX`.
    case mod(String)
    /// An acronym for a position in the current period (`EOM`: `END` of the month), read only
    /// when written in capitals (`BOY`, not `boy`).
    case periodEdge(String, TimeUnit)
    /// Now: `maintenant`, `actuellement` (PRESENT_REF); `à l'époque` (PAST_REF).
    case reference(String)
    /// A function word with a grammatical role.
    case role(TemporalRole)
    /// A time zone abbreviation with its UTC offset (`+01:00`, `Z`).
    case zone(String)
    /// A verb form that marks the tense of its clause.
    case tense(Tense)
}

/// Units of time.
public enum TimeUnit: UInt8, Sendable, Hashable {
    /// `fortnight` is a quinzaine, `half` a semester, `weekend` Saturday and Sunday.
    case second, minute, hour, day, week, fortnight, month, quarter, half, year, decade, century, weekend
}

/// Tense of a clause, as far as dates care.
public enum Tense: UInt8, Sendable, Hashable {
    /// A past form: the date lies before the reference.
    case past
    /// A future or conditional form: the date lies after the reference.
    case future
}

/// Grammatical roles of function words in date expressions.
public enum TemporalRole: UInt8, Sendable, Hashable {
    /// Definite article (`le`, `la`, `l'`, `les`).
    case article
    /// `de`, `d'`, `du`, `des`.
    case of
    /// `à`, `au`, `aux` (a point in time, or the end of a range).
    case at
    /// `en` (within a named period: `en mars`, `en 2019`).
    case `in`
    /// `dans` (after a duration from now).
    case within
    /// `il y a` (a duration ago).
    case ago
    /// `depuis`.
    case since
    /// `pendant`, `durant`.
    case during
    /// `entre`.
    case between
    /// `et`.
    case and
    /// `jusqu'à`, `jusqu'au`, `jusque`.
    case until
    /// `à partir de`, `dès`.
    case from
    /// `après`.
    case after
    /// `avant`.
    case before
    /// `plus tard`, `après` after a duration.
    case later
    /// `plus tôt`, `auparavant`.
    case earlier
    /// `vers`, `environ`, `autour de`: an approximate point.
    case around
    /// `vers`: an approximate clock time.
    case toward
    /// `du` (`de` + article), `des`: opens a range of days (`du 13 au 18`).
    case ofThe
    /// `tous les`, `toutes les`, `chaque`.
    case every
    /// `par` (`deux fois par semaine`).
    case per
    /// `fois`.
    case times
    /// `moins` (`midi moins cinq`).
    case minus
    /// `quart`.
    case quarter
    /// `quarts` (`trois quarts`).
    case quarters
    /// `demi`, `demie`.
    case half
    /// `passé de` (`15h passé de 15 minutes`).
    case past
    /// `h`, `H`: the hour mark of a clock time.
    case hourMark
    /// `o'clock`: the hour mark of a 12-hour clock time (morning or afternoon).
    case oclock
    /// `hence` after an amount: counted from the reference time (`ten days hence`).
    case fromNow
    /// `by` before a deadline (`by 5pm`, `by the end of the month`).
    case by
    /// `entier`, `entière`, `plein`: a whole unit.
    case whole
    /// `quelques`, `plusieurs`: an unspecified number.
    case some
    /// `tôt` (early in a part of day).
    case early
    /// `très`.
    case very
    /// `mois` in `au mois de mars`.
    case monthWord
    /// `-ci` in `ce mois-ci`.
    case here
    /// `jour`, `journée` as a day noun in `jour de Noël`.
    case dayWord
    /// `siècle` handled as unit; `années` before a decade number.
    case years
    /// `s` after a decade number (`1990s`, `'90s`).
    case decadeSuffix
    /// `qui` in `la semaine qui suit`.
    case which
    /// `suit` in `la semaine qui suit`.
    case follows
    /// `en huit`, `en quinze`: a week or a fortnight after.
    case inEight
    /// `mais`, `par exemple`: fillers between parts of a date.
    case filler
    /// A noun for an occasion that a holiday may follow (`fête de Noël`, `vacances de Pâques`).
    case occasion
    /// `plus de` before an amount: TIMEX3 mod `MORE_THAN`.
    case moreThan
    /// `moins de` before an amount: TIMEX3 mod `LESS_THAN`.
    case lessThan
    /// `que` in `plus tard que`.
    case than
    /// `an` used in `l'an dernier`, `jour de l'an`.
    case yearWord
    /// The marks of a numeric date in Chinese, Japanese and Korean (`2023年11月17日`): after the
    /// year, the month and the day.
    case yearMark, monthMark, dayMark
    /// `am`, `a.m.` after a 12-hour clock time.
    case anteMeridiem
    /// `pm`, `p.m.` after a 12-hour clock time.
    case postMeridiem
    /// `upcoming` next to an amount: the single unit that many ahead (`upcoming two weeks`: the
    /// second week from now), as Duckling reads it.
    case upcoming
    /// A possessive ending (`'s` in `last week's Sunday`).
    case possessive
    /// `season` in `this season`, `next season`: the astronomical season around the reference.
    case seasonWord
    /// `closest`, `nearest` in `the closest Monday to October 5`.
    case closest
    /// `as soon as possible`: from the moment of speaking on.
    case soonest
}
