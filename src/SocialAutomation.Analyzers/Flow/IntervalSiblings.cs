using System;
using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.CodeAnalysis;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// The helper to put in place of a too-frequent one (<c>EveryMinute()</c> to <c>EveryFifteenMinutes()</c>), per
    /// helper and minimum for the compilation: finding it reads every member of the helper's type, and a project that
    /// schedules too often usually does so with the same helper in many places.
    /// </summary>
    internal sealed class IntervalSiblings
    {
        private readonly SocialApiIndex _index;
        // The minimum is an option per file, nearly always one value: the last one asked is kept with its answer.
        private readonly ConcurrentDictionary<IMethodSymbol, (TimeSpan Minimum, string? Text)> _closest =
            new ConcurrentDictionary<IMethodSymbol, (TimeSpan Minimum, string? Text)>(SymbolEqualityComparer.Default);

        public IntervalSiblings(SocialApiIndex index) => _index = index;

        /// <summary>The call text of the closest sibling of <paramref name="member"/> (see <see cref="Find"/>), or null.</summary>
        public string? Closest(IMethodSymbol? member, TimeSpan minimum)
        {
            if (member?.ContainingType == null)
            {
                return null;
            }

            if (_closest.TryGetValue(member, out var known) && known.Minimum == minimum)
            {
                return known.Text;
            }

            var text = Find(member, minimum);
            _closest[member] = (minimum, text);
            return text;
        }

        /// <summary>
        /// The member of the same type with a catalog interval closest to and not under the minimum: a parameterless fixed
        /// one, or one taking a count (kept to divisors of the minute, hour or day so a cron-based helper stays even).
        /// </summary>
        private string? Find(IMethodSymbol member, TimeSpan minimum)
        {
            string? best = null;
            var bestInterval = TimeSpan.MaxValue;
            var bestIsFixed = false;
            foreach (var candidate in member.ContainingType.GetMembers())
            {
                if (candidate is not IMethodSymbol method || method.IsStatic != member.IsStatic
                    || !SymbolEqualityComparer.Default.Equals(method.ReturnType, member.ReturnType)
                    || method.DeclaredAccessibility != Accessibility.Public)
                {
                    continue;
                }

                foreach (var entry in _index.Find(method).Entries)
                {
                    if (!TryCandidate(method, entry.Interval, minimum, out var interval, out var text, out var isFixed))
                    {
                        continue;
                    }

                    var better = interval < bestInterval
                        || (interval == bestInterval && isFixed && !bestIsFixed)
                        || (interval == bestInterval && isFixed == bestIsFixed && string.CompareOrdinal(text, best) < 0);
                    if (better)
                    {
                        best = text;
                        bestInterval = interval;
                        bestIsFixed = isFixed;
                    }
                }
            }

            return best;
        }

        private static bool TryCandidate(IMethodSymbol method, IntervalSpec? spec, TimeSpan minimum, out TimeSpan interval, out string text, out bool isFixed)
        {
            interval = TimeSpan.Zero;
            text = string.Empty;
            isFixed = spec?.Kind == IntervalSpecKind.Fixed;
            if (spec == null || method.IsGenericMethod)
            {
                return false;
            }

            if (isFixed)
            {
                if (method.Parameters.Length != 0 || spec.Duration < minimum)
                {
                    return false;
                }

                interval = spec.Duration;
                text = method.Name + "()";
                return true;
            }

            if (spec.Kind != IntervalSpecKind.ArgumentCount || method.Parameters.Length != 1 || method.Parameters[0].Name != spec.Parameter
                || method.Parameters[0].Type.SpecialType != SpecialType.System_Int32)
            {
                return false;
            }

            var count = IntervalReplacement.CountFor(spec.Duration, minimum);
            if (count <= 0)
            {
                return false;
            }

            interval = TimeSpan.FromTicks(spec.Duration.Ticks * count);
            text = method.Name + "(" + count.ToString(CultureInfo.InvariantCulture) + ")";
            return true;
        }
    }
}
