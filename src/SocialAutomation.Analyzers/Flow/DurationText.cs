using System;
using System.Globalization;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>Writes an interval the way a person says it: "1 minute", "30 seconds", "2 hours".</summary>
    internal static class DurationText
    {
        public static string Format(TimeSpan interval)
        {
            var ticks = interval.Ticks;
            if (ticks > 0 && ticks % TimeSpan.TicksPerDay == 0)
            {
                return Count(ticks / TimeSpan.TicksPerDay, "day");
            }

            if (ticks > 0 && ticks % TimeSpan.TicksPerHour == 0)
            {
                return Count(ticks / TimeSpan.TicksPerHour, "hour");
            }

            if (ticks > 0 && ticks % TimeSpan.TicksPerMinute == 0)
            {
                return Count(ticks / TimeSpan.TicksPerMinute, "minute");
            }

            if (ticks > 0 && ticks % TimeSpan.TicksPerSecond == 0)
            {
                return Count(ticks / TimeSpan.TicksPerSecond, "second");
            }

            return Count((long)Math.Round(interval.TotalMilliseconds), "millisecond");
        }

        private static string Count(long count, string unit)
            => count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? string.Empty : "s");
    }
}
