extension TemporalLanguage {
    /// Hindu, Sikh, Jain, Buddhist and Parsi festivals of India, under the names English and
    /// French texts give them (transliterations, used as they are in both), dated by
    /// ``HinduCalendar`` (lunar months amanta: 1 Chaitra … 7 Ashvin, 8 Kartika … 12 Phalguna).
    static let indianFestivals: [(names: [String], holiday: Holiday)] = {
        func lunar(_ month: Int, _ tithi: Int, _ at: HinduCalendar.Observance, _ offset: Int = 0) -> Holiday.Rule {
            .hindu(.lunar(month: month, tithi: tithi, at: at, offset: offset))
        }
        let diwali = lunar(7, 30, .evening)
        let sankranti = Holiday.Rule.hindu(.sankranti(sign: 9, afterSunsetNextDay: true, offset: 0))
        return [
            (["ugadi", "yugadi", "gudi padwa", "samvatsaradi", "chaitra sukladi", "chaitra sukhladi", "hindu new year"], Holiday(lunar(1, 1, .sunrise))),
            (["rama navami", "ram navami", "sri rama navami"], Holiday(lunar(1, 9, .midday))),
            (["mahavir jayanti", "mahaveer jayanti", "mahavir janma kalyanak", "mahaveer janma kalyanak"], Holiday(lunar(1, 13, .sunrise))),
            (["hanuman jayanti"], Holiday(lunar(1, 15, .sunrise))),
            (["buddha purnima", "buddha jayanti"], Holiday(lunar(2, 15, .sunrise))),
            // Vesak as Sri Lanka and South-East Asia keep it: the day the full moon's tithi begins by the evening.
            (["vesak", "wesak", "vesak day", "vesakha", "vaisakha", "buddha day"], Holiday(lunar(2, 15, .evening))),
            (["ratha yatra", "ratha-yatra", "rath yatra", "rathayatra"], Holiday(lunar(4, 2, .sunrise))),
            (["guru purnima"], Holiday(lunar(4, 15, .sunrise))),
            (["raksha bandhan", "rakhi", "rakhri"], Holiday(lunar(5, 15, .afternoon))),
            (["krishna janmashtami", "janmashtami", "gokulashtami", "krishnashtami", "sri krishna jayanti"], Holiday(lunar(5, 23, .midnight))),
            (["ganesh chaturthi", "ganesha chaturthi", "vinayaka chaturthi", "vinayagar chathurthi"], Holiday(lunar(6, 4, .midday))),
            (["navaratri", "navratri", "navarathri", "sharad navaratri", "sharad navratri"], Holiday(lunar(7, 1, .sunrise), days: 10, lastDay: lunar(7, 10, .afternoon))),
            (["durga puja", "durgotsava", "durgotsav"], Holiday(lunar(7, 6, .sunrise), days: 5, lastDay: lunar(7, 10, .afternoon))),
            (["maha saptami"], Holiday(lunar(7, 7, .sunrise))),
            (["maha ashtami", "durga ashtami"], Holiday(lunar(7, 8, .sunrise))),
            (["maha navami"], Holiday(lunar(7, 9, .sunrise))),
            (["dussehra", "dasara", "dussera", "vijayadashami", "vijaya dashami"], Holiday(lunar(7, 10, .afternoon))),
            (["valmiki jayanti", "maharishi valmiki jayanti", "pargat diwas"], Holiday(lunar(7, 15, .sunrise))),
            (["karva chauth", "karwa chauth"], Holiday(lunar(7, 19, .evening))),
            (["dhanteras", "dhanatrayodashi", "dhanvantari trayodashi"], Holiday(lunar(7, 28, .evening))),
            (["kali chaudas", "choti diwali", "chhoti diwali", "naraka chaturdashi", "narak chaturdashi", "roop chaudas"], Holiday(lunar(7, 30, .evening, -1))),
            (["diwali", "deepavali", "divali", "lakshmi puja", "laxmi puja"], Holiday(diwali)),
            (["govardhan puja", "annakut"], Holiday(lunar(8, 1, .sunrise))),
            (["bhai dooj", "bhaiya dooj", "bhau beej", "bhai phonta", "yama dwitiya"], Holiday(lunar(8, 2, .afternoon))),
            (["chhath", "chhath puja", "dala puja", "dala chhath", "surya shashthi", "surya sashti"], Holiday(lunar(8, 6, .sunrise))),
            (["guru nanak jayanti", "guru nanak's birthday", "gurpurab", "guru nanak gurpurab"], Holiday(lunar(8, 15, .sunrise))),
            (["guru gobind singh jayanti", "guru govind singh jayanti", "guru gobind singh birthday", "guru gobind singh's birthday"], Holiday(lunar(10, 7, .sunrise))),
            (["vasant panchami", "basant panchami", "saraswati puja", "shri panchami"], Holiday(lunar(11, 5, .sunrise))),
            (["dayananda saraswati jayanti", "dayanand saraswati jayanti", "maharishi dayanand saraswati jayanti",
              "swami dayanand saraswati jayanti", "saraswati jayanti"], Holiday(lunar(11, 25, .sunrise))),
            (["guru ravidas jayanti", "guru ravidass jayanti", "ravidas jayanti", "guru ravidas birthday", "guru ravidass birthday"], Holiday(lunar(11, 15, .sunrise))),
            (["maha shivaratri", "maha shivratri", "mahashivaratri", "mahashivratri", "shivaratri"], Holiday(lunar(11, 29, .midnight))),
            (["holika dahan", "chhoti holi", "choti holi", "kamudu pyre", "kama dahanam"], Holiday(lunar(12, 15, .evening))),
            (["holi", "dhulandi", "dhulheti", "phagwah", "rangwali holi"], Holiday(lunar(12, 15, .evening, 1))),
            // Solar festivals.
            (["bogi", "bhogi", "bogi pandigai", "bhogi pandigai", "lohri"], Holiday(.hindu(.sankranti(sign: 9, afterSunsetNextDay: true, offset: -1)))),
            (["makar sankranti", "makara sankranti", "makara sankranthi", "makar sankranthi", "pongal", "thai pongal", "maghi", "uttarayan"], Holiday(sankranti)),
            (["mattu pongal", "maattu pongal"], Holiday(.hindu(.sankranti(sign: 9, afterSunsetNextDay: true, offset: 1)))),
            (["kaanum pongal", "kanni pongal", "kanum pongal"], Holiday(.hindu(.sankranti(sign: 9, afterSunsetNextDay: true, offset: 2)))),
            (["vaisakhi", "baisakhi", "vaishakhi", "vasakhi", "vaisakhi day"], Holiday(.hindu(.sankranti(sign: 0, afterSunsetNextDay: false, offset: 0)))),
            (["rabindra jayanti", "rabindranath jayanti", "rabindranath tagore jayanti", "tagore jayanti"], Holiday(.hindu(.sankranti(sign: 0, afterSunsetNextDay: false, offset: 25)))),
            (["onam", "thiruvonam", "thiru onam", "thiruonam"], Holiday(.hindu(.nakshatra(sign: 4, nakshatra: 22)))),
            // Parsi: Jamshed-i Navroz, Nowruz at the spring equinox (the Shahenshahi new year is
            // ``Holiday/parsiNewYear``).
            (["jamshedi navroz", "jamshed-i-navroz", "jamshedi nowruz"], Holiday(.fixed(month: 3, day: 21))),
        ]
    }()
}
