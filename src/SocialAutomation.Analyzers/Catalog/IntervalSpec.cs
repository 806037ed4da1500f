using System;
using System.Globalization;

namespace SocialAutomation.Analyzers.Catalog
{
    internal enum IntervalSpecKind
    {
        /// <summary>An argument holds the interval: a cron expression, a TimeSpan, or a number of milliseconds.</summary>
        Argument,

        /// <summary>An argument counts units (<c>interval=seconds*1s</c>).</summary>
        ArgumentCount,

        /// <summary>The member itself means a fixed interval (<c>interval=1m</c> for Coravel's <c>EveryMinute</c>).</summary>
        Fixed,
    }

    /// <summary>
    /// The value of a catalog entry's <c>interval=</c> option: how often the scheduled work of a <c>schedule</c> or
    /// <c>pace</c> member runs. Durations are a whole number and a unit: <c>ms</c>, <c>s</c>, <c>m</c>, <c>h</c>, <c>d</c>.
    /// </summary>
    internal sealed class IntervalSpec
    {
        private IntervalSpec(IntervalSpecKind kind, string? parameter, TimeSpan duration)
        {
            Kind = kind;
            Parameter = parameter;
            Duration = duration;
        }

        public IntervalSpecKind Kind { get; }

        /// <summary>The parameter that carries the interval or the count (<see cref="IntervalSpecKind.Argument"/>, <see cref="IntervalSpecKind.ArgumentCount"/>).</summary>
        public string? Parameter { get; }

        /// <summary>The fixed interval, or the length of one counted unit.</summary>
        public TimeSpan Duration { get; }

        /// <summary>Parses <c>PARAM</c>, <c>PARAM*DURATION</c> or <c>DURATION</c>.</summary>
        public static bool TryParse(string text, out IntervalSpec? spec)
        {
            spec = null;
            var star = text.IndexOf('*');
            if (star >= 0)
            {
                var parameter = text.Substring(0, star);
                if (!IsIdentifier(parameter) || !TryParseDuration(text.Substring(star + 1), out var unit))
                {
                    return false;
                }

                spec = new IntervalSpec(IntervalSpecKind.ArgumentCount, parameter, unit);
                return true;
            }

            if (text.Length > 0 && char.IsDigit(text[0]))
            {
                if (!TryParseDuration(text, out var duration))
                {
                    return false;
                }

                spec = new IntervalSpec(IntervalSpecKind.Fixed, null, duration);
                return true;
            }

            if (!IsIdentifier(text))
            {
                return false;
            }

            spec = new IntervalSpec(IntervalSpecKind.Argument, text, TimeSpan.Zero);
            return true;
        }

        private static bool TryParseDuration(string text, out TimeSpan duration)
        {
            duration = TimeSpan.Zero;
            var digits = 0;
            while (digits < text.Length && char.IsDigit(text[digits]))
            {
                digits++;
            }

            if (digits == 0 || digits > 6
                || !int.TryParse(text.Substring(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || count == 0)
            {
                return false;
            }

            switch (text.Substring(digits))
            {
                case "ms":
                    duration = TimeSpan.FromMilliseconds(count);
                    return true;
                case "s":
                    duration = TimeSpan.FromSeconds(count);
                    return true;
                case "m":
                    duration = TimeSpan.FromMinutes(count);
                    return true;
                case "h":
                    duration = TimeSpan.FromHours(count);
                    return true;
                case "d":
                    duration = TimeSpan.FromDays(count);
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsIdentifier(string text)
        {
            if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
            {
                return false;
            }

            foreach (var c in text)
            {
                if (!char.IsLetterOrDigit(c) && c != '_')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
