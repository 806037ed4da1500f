using System;
using System.Collections.Generic;
using System.Globalization;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// A cron expression read for one question: the shortest time between two firings. Five fields (minute first, as
    /// Hangfire and Coravel write them), six (seconds first, Hangfire and Quartz) or seven (Quartz, with a year that is
    /// ignored); <c>@hourly</c>-style macros. Items: <c>*</c>, <c>?</c>, values and names, lists, ranges (wrapping),
    /// steps (<c>*/5</c>, <c>0-30/10</c>, <c>5/15</c>), and the day specials <c>L</c>, <c>L-n</c>, <c>LW</c>, <c>nW</c>,
    /// <c>nL</c>, <c>n#k</c>. Day of month and day of week combine as in Vixie cron: when both are restricted a day
    /// matching either fires. Days of week are numbered 0-7 from Sunday (Quartz numbers them 1-7; gaps are the same).
    /// </summary>
    internal sealed class CronSchedule
    {
        private const int SecondsPerDay = 86400;

        /// <summary>Days scanned to find the closest two firing days when the day fields are restricted: 32 years covers every leap and weekday pattern that matters.</summary>
        private static readonly DateTime ScanStart = new DateTime(2000, 1, 1);
        private const int ScanDays = 32 * 366;

        private static readonly Dictionary<string, string> Macros = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["@yearly"] = "0 0 1 1 *",
            ["@annually"] = "0 0 1 1 *",
            ["@monthly"] = "0 0 1 * *",
            ["@weekly"] = "0 0 * * 0",
            ["@daily"] = "0 0 * * *",
            ["@midnight"] = "0 0 * * *",
            ["@hourly"] = "0 * * * *",
            ["@every_minute"] = "* * * * *",
            ["@every_second"] = "* * * * * *",
        };

        private static readonly string[] MonthNames = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC" };
        private static readonly string[] DayNames = { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" };

        private readonly string[] _fields;
        private readonly bool _hasSeconds;

        private CronSchedule(string[] fields, bool hasSeconds, TimeSpan? shortestGap)
        {
            _fields = fields;
            _hasSeconds = hasSeconds;
            ShortestGap = shortestGap;
        }

        /// <summary>The shortest time between two consecutive firings; null when the expression never fires (Feb 31).</summary>
        public TimeSpan? ShortestGap { get; }

        public static CronSchedule? TryParse(string? text)
        {
            if (text == null)
            {
                return null;
            }

            text = text.Trim();
            if (text.Length == 0 || text.Length > 256)
            {
                return null;
            }

            if (text[0] == '@')
            {
                return Macros.TryGetValue(text, out var expanded) ? TryParse(expanded) : null;
            }

            var fields = text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5 || fields.Length > 7)
            {
                return null;
            }

            var hasSeconds = fields.Length >= 6;
            var offset = hasSeconds ? 1 : 0;
            if (!TryParseSet(hasSeconds ? fields[0] : "0", 0, 59, null, out var seconds)
                || !TryParseSet(fields[offset], 0, 59, null, out var minutes)
                || !TryParseSet(fields[offset + 1], 0, 23, null, out var hours)
                || !TryParseSet(fields[offset + 3], 1, 12, MonthNames, out var months)
                || !DayOfMonthSpec.TryParse(fields[offset + 2], out var daysOfMonth)
                || !DayOfWeekSpec.TryParse(fields[offset + 4], out var daysOfWeek)
                || (fields.Length == 7 && !IsPlausibleYear(fields[6])))
            {
                return null;
            }

            var days = new DayFilter(months, daysOfMonth!, daysOfWeek!, IsRestricted(fields[offset + 2]), IsRestricted(fields[offset + 4]));
            return new CronSchedule(fields, hasSeconds, ComputeShortestGap(seconds, minutes, hours, days));
        }

        /// <summary>
        /// The same expression made to fire at most every <paramref name="minimum"/>: seconds at 0, minutes or hours
        /// stepped by the smallest divisor of the hour or day that reaches the minimum; the day, month and year fields
        /// are kept. Null when the result would still fire more often (then no fix is offered).
        /// </summary>
        public string? Rewrite(TimeSpan minimum)
        {
            var fields = (string[])_fields.Clone();
            var offset = _hasSeconds ? 1 : 0;
            var minutes = (int)Math.Ceiling(minimum.TotalMinutes);
            if (_hasSeconds)
            {
                fields[0] = "0";
            }

            if (minutes < 60)
            {
                var step = SmallestDivisorAtLeast(60, minutes);
                fields[offset] = step == 60 ? "0" : "*/" + step.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                var step = SmallestDivisorAtLeast(24, (minutes + 59) / 60);
                fields[offset] = "0";
                fields[offset + 1] = step == 1 ? "*" : step == 24 ? "0" : "*/" + step.ToString(CultureInfo.InvariantCulture);
            }

            var rewritten = string.Join(" ", fields);
            var check = TryParse(rewritten);
            return check != null && (check.ShortestGap == null || check.ShortestGap.Value >= minimum) ? rewritten : null;
        }

        private static int SmallestDivisorAtLeast(int whole, int atLeast)
        {
            for (var candidate = Math.Max(1, atLeast); candidate < whole; candidate++)
            {
                if (whole % candidate == 0)
                {
                    return candidate;
                }
            }

            return whole;
        }

        private static TimeSpan? ComputeShortestGap(ulong seconds, ulong minutes, ulong hours, DayFilter days)
        {
            if (!days.TryFindClosestDays(out var dayDistance))
            {
                return null;
            }

            int firstSecond = Lowest(seconds), lastSecond = Highest(seconds);
            int firstMinute = Lowest(minutes), lastMinute = Highest(minutes);
            int firstHour = Lowest(hours), lastHour = Highest(hours);

            // Firings within a day, sorted by (hour, minute, second): the closest pairs are neighbours within one field
            // with the other fields at their extremes.
            var gap = long.MaxValue;
            var secondStep = SmallestStep(seconds);
            if (secondStep > 0)
            {
                gap = Math.Min(gap, secondStep);
            }

            var minuteStep = SmallestStep(minutes);
            if (minuteStep > 0)
            {
                gap = Math.Min(gap, (minuteStep * 60L) - (lastSecond - firstSecond));
            }

            var hourStep = SmallestStep(hours);
            if (hourStep > 0)
            {
                gap = Math.Min(gap, (hourStep * 3600L) - ((lastMinute * 60L) + lastSecond - (firstMinute * 60L) - firstSecond));
            }

            // From the last firing of one day to the first of the next firing day.
            var firstOfDay = (firstHour * 3600L) + (firstMinute * 60L) + firstSecond;
            var lastOfDay = (lastHour * 3600L) + (lastMinute * 60L) + lastSecond;
            gap = Math.Min(gap, (dayDistance * (long)SecondsPerDay) - (lastOfDay - firstOfDay));
            return TimeSpan.FromSeconds(gap);
        }

        private static bool IsRestricted(string field) => field[0] != '*' && field[0] != '?';

        private static bool IsPlausibleYear(string field)
        {
            foreach (var c in field)
            {
                if (!char.IsDigit(c) && c != '*' && c != '?' && c != ',' && c != '-' && c != '/')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Parses a list of values, ranges and steps into a bit set over [min, max].</summary>
        internal static bool TryParseSet(string field, int min, int max, string[]? names, out ulong set)
        {
            set = 0;
            foreach (var item in field.Split(','))
            {
                if (!TryParseItem(item, min, max, names, out var itemSet))
                {
                    return false;
                }

                set |= itemSet;
            }

            return set != 0;
        }

        private static bool TryParseItem(string item, int min, int max, string[]? names, out ulong set)
        {
            set = 0;
            var step = 1;
            var slash = item.IndexOf('/');
            var range = item;
            if (slash >= 0)
            {
                if (!int.TryParse(item.Substring(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1 || step > max + 1)
                {
                    return false;
                }

                range = item.Substring(0, slash);
            }

            int from, to;
            if (range == "*" || range == "?")
            {
                from = min;
                to = max;
            }
            else
            {
                var dash = range.IndexOf('-');
                if (dash > 0)
                {
                    if (!TryParseValue(range.Substring(0, dash), min, max, names, out from)
                        || !TryParseValue(range.Substring(dash + 1), min, max, names, out to))
                    {
                        return false;
                    }
                }
                else
                {
                    if (!TryParseValue(range, min, max, names, out from))
                    {
                        return false;
                    }

                    // "5/15" runs from 5 to the end of the field; "5" alone is one value.
                    to = slash >= 0 ? max : from;
                }
            }

            // A wrapping range ("22-2", "FRI-MON") runs to the end of the field and on from its start.
            var span = to >= from ? to - from : (max - from) + (to - min) + 1;
            for (var k = 0; k <= span; k += step)
            {
                var value = from + k;
                if (value > max)
                {
                    value = value - max - 1 + min;
                }

                set |= 1UL << value;
            }

            return true;
        }

        private static bool TryParseValue(string text, int min, int max, string[]? names, out int value)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                return value >= min && value <= max;
            }

            if (names != null)
            {
                for (var i = 0; i < names.Length; i++)
                {
                    if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
                    {
                        value = i + min;
                        return true;
                    }
                }
            }

            return false;
        }

        private static int Lowest(ulong set)
        {
            for (var i = 0; i < 64; i++)
            {
                if ((set & (1UL << i)) != 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static int Highest(ulong set)
        {
            for (var i = 63; i >= 0; i--)
            {
                if ((set & (1UL << i)) != 0)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The smallest difference between two neighbouring values of a set, or 0 when it has one value.</summary>
        private static int SmallestStep(ulong set)
        {
            var smallest = 0;
            var previous = -1;
            for (var i = 0; i < 64; i++)
            {
                if ((set & (1UL << i)) == 0)
                {
                    continue;
                }

                if (previous >= 0 && (smallest == 0 || i - previous < smallest))
                {
                    smallest = i - previous;
                }

                previous = i;
            }

            return smallest;
        }

        /// <summary>Which calendar days fire: month, and day of month / day of week combined the Vixie way.</summary>
        private sealed class DayFilter
        {
            private readonly ulong _months;
            private readonly DayOfMonthSpec _daysOfMonth;
            private readonly DayOfWeekSpec _daysOfWeek;
            private readonly bool _monthDayRestricted;
            private readonly bool _weekDayRestricted;

            public DayFilter(ulong months, DayOfMonthSpec daysOfMonth, DayOfWeekSpec daysOfWeek, bool monthDayRestricted, bool weekDayRestricted)
            {
                _months = months;
                _daysOfMonth = daysOfMonth;
                _daysOfWeek = daysOfWeek;
                _monthDayRestricted = monthDayRestricted;
                _weekDayRestricted = weekDayRestricted;
            }

            /// <summary>The fewest days between two firing days (1 when every day fires); false when no day ever fires.</summary>
            public bool TryFindClosestDays(out int distance)
            {
                distance = 1;
                if (!_monthDayRestricted && !_weekDayRestricted && _months == 0x1FFEUL)
                {
                    return true;
                }

                var previous = -1;
                var closest = int.MaxValue;
                for (var i = 0; i < ScanDays; i++)
                {
                    var day = ScanStart.AddDays(i);
                    if (!Fires(day))
                    {
                        continue;
                    }

                    if (previous >= 0)
                    {
                        closest = Math.Min(closest, i - previous);
                        if (closest == 1)
                        {
                            break;
                        }
                    }

                    previous = i;
                }

                if (previous < 0)
                {
                    return false;
                }

                // A single firing day in 32 years: as far apart as the scan can tell.
                distance = closest == int.MaxValue ? ScanDays : closest;
                return true;
            }

            private bool Fires(DateTime day)
            {
                if ((_months & (1UL << day.Month)) == 0)
                {
                    return false;
                }

                if (_monthDayRestricted && _weekDayRestricted)
                {
                    return _daysOfMonth.Matches(day) || _daysOfWeek.Matches(day);
                }

                return (!_monthDayRestricted || _daysOfMonth.Matches(day)) && (!_weekDayRestricted || _daysOfWeek.Matches(day));
            }
        }

        /// <summary>Day of month: values 1-31 and the specials L, L-n, LW and nW.</summary>
        private sealed class DayOfMonthSpec
        {
            private ulong _days;
            private readonly List<int> _fromLast = new List<int>();
            private readonly List<int> _nearestWeekday = new List<int>();
            private bool _lastWeekday;

            public static bool TryParse(string field, out DayOfMonthSpec? spec)
            {
                spec = new DayOfMonthSpec();
                foreach (var raw in field.Split(','))
                {
                    var item = raw.ToUpperInvariant();
                    if (item == "L")
                    {
                        spec._fromLast.Add(0);
                    }
                    else if (item.StartsWith("L-", StringComparison.Ordinal)
                        && int.TryParse(item.Substring(2), NumberStyles.None, CultureInfo.InvariantCulture, out var before) && before <= 30)
                    {
                        spec._fromLast.Add(before);
                    }
                    else if (item == "LW")
                    {
                        spec._lastWeekday = true;
                    }
                    else if (item.EndsWith("W", StringComparison.Ordinal)
                        && int.TryParse(item.Substring(0, item.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var near) && near >= 1 && near <= 31)
                    {
                        spec._nearestWeekday.Add(near);
                    }
                    else if (TryParseSet(item, 1, 31, null, out var days))
                    {
                        spec._days |= days;
                    }
                    else
                    {
                        spec = null;
                        return false;
                    }
                }

                return true;
            }

            public bool Matches(DateTime day)
            {
                if ((_days & (1UL << day.Day)) != 0)
                {
                    return true;
                }

                var length = DateTime.DaysInMonth(day.Year, day.Month);
                foreach (var before in _fromLast)
                {
                    if (day.Day == length - before)
                    {
                        return true;
                    }
                }

                if (_lastWeekday && day.Day == NearestWeekday(day.Year, day.Month, length, length))
                {
                    return true;
                }

                foreach (var near in _nearestWeekday)
                {
                    if (near <= length && day.Day == NearestWeekday(day.Year, day.Month, near, length))
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>The weekday closest to a day, without leaving the month.</summary>
            private static int NearestWeekday(int year, int month, int target, int length)
            {
                switch (new DateTime(year, month, target).DayOfWeek)
                {
                    case DayOfWeek.Saturday:
                        return target == 1 ? 3 : target - 1;
                    case DayOfWeek.Sunday:
                        return target == length ? target - 2 : target + 1;
                    default:
                        return target;
                }
            }
        }

        /// <summary>Day of week: values 0-7 (0 and 7 are Sunday) or names, nL (the last such day of the month) and n#k (the k-th).</summary>
        private sealed class DayOfWeekSpec
        {
            private ulong _days;
            private ulong _lastOfMonth;
            private readonly List<(int Day, int Nth)> _nth = new List<(int, int)>();

            public static bool TryParse(string field, out DayOfWeekSpec? spec)
            {
                spec = new DayOfWeekSpec();
                foreach (var raw in field.Split(','))
                {
                    var item = raw.ToUpperInvariant();
                    var hash = item.IndexOf('#');
                    if (item == "L")
                    {
                        spec._days |= 1UL << 6;
                    }
                    else if (hash > 0)
                    {
                        if (!TryParseDay(item.Substring(0, hash), out var day)
                            || !int.TryParse(item.Substring(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var nth) || nth < 1 || nth > 5)
                        {
                            spec = null;
                            return false;
                        }

                        spec._nth.Add((day, nth));
                    }
                    else if (item.Length > 1 && item.EndsWith("L", StringComparison.Ordinal))
                    {
                        if (!TryParseDay(item.Substring(0, item.Length - 1), out var day))
                        {
                            spec = null;
                            return false;
                        }

                        spec._lastOfMonth |= 1UL << day;
                    }
                    else if (TryParseSet(item, 0, 7, DayNames, out var days))
                    {
                        // 7 is Sunday too.
                        spec._days |= (days & 0x7FUL) | ((days >> 7) & 1UL);
                    }
                    else
                    {
                        spec = null;
                        return false;
                    }
                }

                return true;
            }

            private static bool TryParseDay(string text, out int day)
            {
                if (TryParseSet(text, 0, 7, DayNames, out var set) && (set & (set - 1)) == 0)
                {
                    day = Lowest(set) % 7;
                    return true;
                }

                day = 0;
                return false;
            }

            public bool Matches(DateTime day)
            {
                var weekday = (int)day.DayOfWeek;
                if ((_days & (1UL << weekday)) != 0)
                {
                    return true;
                }

                if ((_lastOfMonth & (1UL << weekday)) != 0 && day.Day + 7 > DateTime.DaysInMonth(day.Year, day.Month))
                {
                    return true;
                }

                foreach (var (nthDay, nth) in _nth)
                {
                    if (nthDay == weekday && ((day.Day - 1) / 7) + 1 == nth)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
