import CICUShims

/// Locale data that ICU carries for every locale: date symbols, region names.
public enum LocaleData {
    /// Which date symbols to read.
    public enum DateSymbols: Sendable {
        case months, shortMonths, standaloneMonths, weekdays, shortWeekdays, standaloneWeekdays

        var shimValue: gz_date_symbol {
            switch self {
            case .months: GZ_SYMBOL_MONTHS
            case .shortMonths: GZ_SYMBOL_SHORT_MONTHS
            case .standaloneMonths: GZ_SYMBOL_STANDALONE_MONTHS
            case .weekdays: GZ_SYMBOL_WEEKDAYS
            case .shortWeekdays: GZ_SYMBOL_SHORT_WEEKDAYS
            case .standaloneWeekdays: GZ_SYMBOL_STANDALONE_WEEKDAYS
            }
        }
    }

    /// Date symbols of `locale`: months January first (12), weekdays Sunday first (7).
    public static func dateSymbols(_ which: DateSymbols, locale: String) throws(ICUError) -> [String] {
        let units = try withGrowingBuffer(UInt16.self, initialCapacity: 512, operation: "read date symbols of \(locale)") { out, cap, err, errCap in
            gz_date_symbols(locale, which.shimValue, out, cap, err, errCap)
        }
        return units.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF16.self) }
    }

    /// ISO 3166 alpha-2 region codes known to ICU.
    public static func regionCodes() -> [String] {
        let needed = -Int(gz_region_codes(nil, 0))
        var bytes = [CChar](repeating: 0, count: max(needed, 1))
        _ = bytes.withUnsafeMutableBufferPointer { gz_region_codes($0.baseAddress, Int32($0.count)) }
        return bytes.split(separator: 0).map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    }

    /// The name of `region` (e.g. `DE`) in `displayLocale` (e.g. `fr` → `Allemagne`), or nil.
    public static func regionName(_ region: String, in displayLocale: String) throws(ICUError) -> String? {
        let units = try withGrowingBuffer(UInt16.self, initialCapacity: 64, operation: "read region name of \(region)") { out, cap, err, errCap in
            gz_region_name(region, displayLocale, out, cap, err, errCap)
        }
        let name = String(decoding: units, as: UTF16.self)
        return name.isEmpty || name == region ? nil : name
    }

    /// The version of the system ICU, e.g. `72.1`.
    public static var icuVersion: String { String(cString: gz_icu_version()) }
}
