/// A calendar point or period at some grain, as TIMEX3 writes it: `2023-11-17`,
/// `2023-11-16TEV`, `2022-FA`, `2023-Q1`, `202`, `XXXX-11-17`, `2013-02-12T15:30`.
///
/// A nil ``year`` is written `XXXX` (underspecified). Fields finer than the grain are nil.
public struct TimePoint: Hashable, Sendable {
    // Compact storage (a point is copied often while matching): -1 or .min for "none".
    private var y: Int32 = .min
    private var mo: Int8 = -1, d: Int8 = -1, h: Int8 = -1, mi: Int8 = -1, s: Int8 = -1
    private var w: Int8 = -1, q: Int8 = -1, hf: Int8 = -1
    private var dec: Int16 = -1, cen: Int16 = -1
    private var podCode: UInt8 = 0, seasonCode: UInt8 = 0
    private var zoneMinutes: Int16 = .min

    private static func get8(_ v: Int8) -> Int? { v < 0 ? nil : Int(v) }
    private static func set8(_ v: Int?) -> Int8 { v.map { Int8(truncatingIfNeeded: $0) } ?? -1 }

    /// Calendar year; nil when the text does not fix it.
    public var year: Int? { get { y == .min ? nil : Int(y) } set { y = newValue.flatMap { Int32(exactly: $0) } ?? .min } }
    /// Month 1–12.
    public var month: Int? { get { Self.get8(mo) } set { mo = Self.set8(newValue) } }
    /// Day of the month 1–31.
    public var day: Int? { get { Self.get8(d) } set { d = Self.set8(newValue) } }
    /// Hour 0–23 of a clock time.
    public var hour: Int? { get { Self.get8(h) } set { h = Self.set8(newValue) } }
    /// Minute 0–59 (written `00` when only the hour is known).
    public var minute: Int? { get { Self.get8(mi) } set { mi = Self.set8(newValue) } }
    /// Second 0–59, for offsets in seconds or minutes from a reference time.
    public var second: Int? { get { Self.get8(s) } set { s = Self.set8(newValue) } }
    /// ISO week (its year is the ISO week-numbering year in ``year``).
    public var week: Int? { get { Self.get8(w) } set { w = Self.set8(newValue) } }
    /// The week-end of ``week``.
    public var weekend = false
    /// Quarter 1–4.
    public var quarter: Int? { get { Self.get8(q) } set { q = Self.set8(newValue) } }
    /// Half-year 1–2.
    public var half: Int? { get { Self.get8(hf) } set { hf = Self.set8(newValue) } }
    /// Decade as its first three digits (`199` for the 1990s).
    public var decade: Int? { get { dec < 0 ? nil : Int(dec) } set { dec = newValue.flatMap { Int16(exactly: $0) } ?? -1 } }
    /// Century as TIMEX3 writes it (`18` for the 19th century).
    public var century: Int? { get { cen < 0 ? nil : Int(cen) } set { cen = newValue.flatMap { Int16(exactly: $0) } ?? -1 } }
    /// Part of day code: `MO`, `MI`, `AF`, `EV`, `NI`, `DT`.
    public var partOfDay: String? {
        get { podCode == 0 ? nil : LexEntry.codes[Int(podCode)] }
        set { podCode = newValue.flatMap { LexEntry.codes.firstIndex(of: $0) }.map { UInt8($0) } ?? 0 }
    }
    /// Season code: `SP`, `SU`, `FA`, `WI`.
    public var season: String? {
        get { seasonCode == 0 ? nil : LexEntry.codes[Int(seasonCode)] }
        set { seasonCode = newValue.flatMap { LexEntry.codes.firstIndex(of: $0) }.map { UInt8($0) } ?? 0 }
    }
    /// UTC offset suffix of a clock time (`+01:00`, `Z`).
    public var zone: String? {
        get { LexEntry.zoneString(zoneMinutes) }
        set { zoneMinutes = LexEntry.zoneMinutes(newValue) }
    }

    /// A point at the grain of the fields given (all nil: fully underspecified).
    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day from its day number.
    public static func day(_ n: Int) -> TimePoint {
        let d = CalendarMath.date(ofDayNumber: n)
        return TimePoint(year: d.year, month: d.month, day: d.day)
    }

    /// The day number, when year, month and day are all known.
    public var dayNumber: Int? {
        guard let year, let month, let day else { return nil }
        return CalendarMath.dayNumber(year: year, month: month, day: day)
    }

    /// Whether the point carries a time of day or a part of day.
    public var isTime: Bool { hour != nil || partOfDay != nil }

    /// The TIMEX3 value. (Written as bytes on the stack, then one string, small and inline up to
    /// 15 bytes: the grammar writes the value of every candidate it considers.)
    public var value: String {
        var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &storage) { raw in
            let n = write(into: raw)
            return String(decoding: UnsafeRawBufferPointer(rebasing: raw[..<n]), as: UTF8.self)
        }
    }

    /// Writes ``value`` into `b` (64 bytes, more than the longest value); returns its length.
    private func write(into b: UnsafeMutableRawBufferPointer) -> Int {
        var w = ValueWriter(b: b)
        if let century { w.pad(century, 2); return w.n }
        if let decade { w.pad(decade, 3); return w.n }
        if let year { w.pad(year, 4) } else { w.put(0x58); w.put(0x58); w.put(0x58); w.put(0x58) }
        if let week {
            w.put(0x2D); w.put(0x57); w.pad(week, 2)
            if weekend { w.put(0x2D); w.put(0x57); w.put(0x45) }
            return w.n
        }
        if let season { w.put(0x2D); w.put(season); return w.n }
        if let quarter { w.put(0x2D); w.put(0x51); w.pad(quarter, 0); return w.n }
        if let half { w.put(0x2D); w.put(0x48); w.pad(half, 0); return w.n }
        guard let month else {
            guard hour != nil || partOfDay != nil else { return w.n }
            w.put(0x2D); w.put(0x58); w.put(0x58); w.put(0x2D); w.put(0x58); w.put(0x58)
            writeTime(&w)
            return w.n
        }
        w.put(0x2D); w.pad(month, 2)
        guard let day else { return w.n }
        w.put(0x2D); w.pad(day, 2)
        writeTime(&w)
        return w.n
    }

    /// `T15:30`, `T15:30:00+01:00`, `TEV`, or nothing.
    private func writeTime(_ w: inout ValueWriter) {
        if let hour {
            w.put(0x54); w.pad(hour, 2); w.put(0x3A); w.pad(minute ?? 0, 2)
            if let second { w.put(0x3A); w.pad(second, 2) }
            if let zone { w.put(zone) }
        } else if let partOfDay {
            w.put(0x54); w.put(partOfDay)
        }
    }
}

/// Bytes of a TIMEX3 value written in order (``TimePoint/value``).
private struct ValueWriter {
    let b: UnsafeMutableRawBufferPointer
    var n = 0

    mutating func put(_ c: UInt8) { b[n] = c; n += 1 }

    mutating func put(_ s: String) { for c in s.utf8 { put(c) } }

    /// `v` in decimal, after zeros up to `width` characters (a minus sign counts, and follows
    /// the zeros).
    mutating func pad(_ v: Int, _ width: Int) {
        var m = v.magnitude, digits = 1
        while m >= 10 { m /= 10; digits += 1 }
        let length = digits + (v < 0 ? 1 : 0)
        if length < width { for _ in length..<width { put(0x30) } }
        if v < 0 { put(0x2D) }
        m = v.magnitude
        var k = n + digits
        n = k
        repeat { k -= 1; b[k] = 0x30 + UInt8(m % 10); m /= 10 } while m > 0
    }
}
