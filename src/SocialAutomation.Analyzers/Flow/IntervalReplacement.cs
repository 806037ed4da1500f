using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;

namespace SocialAutomation.Analyzers.Flow
{
    /// <summary>
    /// Where SMA009 reports a too-frequent interval, and the text that makes it run at the minimum: a rewritten cron
    /// literal, <c>TimeSpan.FromMinutes(n)</c>, a number of milliseconds, or the sibling helper the catalog says runs
    /// closest to (and not under) the minimum (<c>EveryMinute()</c> to <c>EveryFifteenMinutes()</c>,
    /// <c>Cron.Minutely()</c> to <c>Cron.MinuteInterval(15)</c>).
    /// </summary>
    internal static class IntervalReplacement
    {
        public static (Location Location, string? Text) Compute(IntervalReading reading, TimeSpan minimum, SocialApiIndex index)
        {
            var syntax = reading.Origin.Syntax;
            var minutes = (long)Math.Ceiling(minimum.TotalMinutes);
            switch (reading.Form)
            {
                case IntervalForm.CronLiteral:
                    var cron = reading.Cron?.Rewrite(minimum);
                    return (syntax.GetLocation(), cron == null ? null : "\"" + cron + "\"");
                case IntervalForm.TimeSpanLiteral:
                    return (syntax.GetLocation(), TimeSpanTypeText(syntax) + ".FromMinutes(" + minutes.ToString(CultureInfo.InvariantCulture) + ")");
                case IntervalForm.MillisecondsLiteral:
                    return (syntax.GetLocation(), (minutes * 60_000).ToString(CultureInfo.InvariantCulture));
                case IntervalForm.NamedCall:
                    return NamedCall(reading, minimum, index);
                case IntervalForm.Helper:
                    return (syntax.GetLocation(), HelperText(reading, minimum, index));
                default:
                    return (syntax.GetLocation(), null);
            }
        }

        /// <summary>The user's own spelling of TimeSpan: <c>TimeSpan</c> in <c>TimeSpan.FromSeconds(30)</c> or <c>new TimeSpan(0, 0, 30)</c>.</summary>
        private static string TimeSpanTypeText(SyntaxNode syntax)
            => syntax switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } => member.Expression.ToString(),
                ObjectCreationExpressionSyntax creation => creation.Type.ToString(),
                _ => "System.TimeSpan",
            };

        /// <summary>
        /// A call that names its interval. A count is raised in place when the member's own unit reaches the minimum
        /// evenly (<c>Every.Minutes(2, work)</c> to <c>Every.Minutes(15, work)</c>); a call with nothing else in its
        /// arguments is replaced by the sibling member (<c>EveryMinute()</c> to <c>EveryFifteenMinutes()</c>,
        /// <c>EverySeconds(30)</c> to <c>EveryFifteenMinutes()</c>). Other arguments are never dropped.
        /// </summary>
        private static (Location Location, string? Text) NamedCall(IntervalReading reading, TimeSpan minimum, SocialApiIndex index)
        {
            var syntax = reading.Origin.Syntax;
            var otherArguments = ExplicitArguments(reading.Origin) - (reading.Count == null ? 0 : 1);
            if (reading.Count != null)
            {
                var count = CountFor(reading.Unit, minimum);
                if (count > 0 && ScheduleInterval.Unwrap(reading.Count) is ILiteralOperation)
                {
                    return (reading.Count.Syntax.GetLocation(), count.ToString(CultureInfo.InvariantCulture));
                }

                if (otherArguments > 0)
                {
                    return (reading.Count.Syntax.GetLocation(), null);
                }
            }

            if (syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation)
            {
                return otherArguments == 0
                    ? (Location.Create(invocation.SyntaxTree, TextSpan.FromBounds(member.Name.SpanStart, invocation.Span.End)), Sibling(reading.Member, minimum, index))
                    : (member.Name.GetLocation(), null);
            }

            return (syntax.GetLocation(), null);
        }

        private static int ExplicitArguments(IOperation call)
        {
            var arguments = call switch
            {
                IInvocationOperation invocation => invocation.Arguments,
                IObjectCreationOperation creation => creation.Arguments,
                _ => default,
            };
            var count = 0;
            foreach (var argument in arguments.IsDefault ? ImmutableArray<IArgumentOperation>.Empty : arguments)
            {
                var isThis = argument.Parameter is { Ordinal: 0 } && call is IInvocationOperation { TargetMethod.IsExtensionMethod: true };
                if (!argument.IsImplicit && !isThis)
                {
                    count++;
                }
            }

            return count;
        }

        private static string? HelperText(IntervalReading reading, TimeSpan minimum, SocialApiIndex index)
        {
            var call = Sibling(reading.Member, minimum, index);
            if (call == null)
            {
                return null;
            }

            var inner = ScheduleInterval.Unwrap(reading.Origin);
            var helperSyntax = inner is IInvocationOperation invocation && invocation.Syntax is InvocationExpressionSyntax invocationSyntax
                ? invocationSyntax.Expression
                : inner.Syntax;
            var receiver = helperSyntax is MemberAccessExpressionSyntax member ? member.Expression.ToString() + "." : string.Empty;
            if (inner is not IMethodReferenceOperation)
            {
                return receiver + call;
            }

            // A method group (Func<string>) stays one when the sibling takes no arguments; otherwise it becomes a lambda.
            return call.EndsWith("()", StringComparison.Ordinal)
                ? receiver + call.Substring(0, call.Length - 2)
                : "() => " + receiver + call;
        }

        /// <summary>
        /// The member of the same type with a catalog interval closest to and not under the minimum: a parameterless fixed
        /// one, or one taking a count (kept to divisors of the minute, hour or day so a cron-based helper stays even).
        /// </summary>
        private static string? Sibling(IMethodSymbol? member, TimeSpan minimum, SocialApiIndex index)
        {
            if (member?.ContainingType == null)
            {
                return null;
            }

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

                foreach (var entry in index.Find(method).Entries)
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

            var count = CountFor(spec.Duration, minimum);
            if (count <= 0)
            {
                return false;
            }

            interval = TimeSpan.FromTicks(spec.Duration.Ticks * count);
            text = method.Name + "(" + count.ToString(CultureInfo.InvariantCulture) + ")";
            return true;
        }

        /// <summary>The smallest count of units reaching the minimum; seconds and minutes divide the minute and hour, hours the day.</summary>
        private static long CountFor(TimeSpan unit, TimeSpan minimum)
        {
            var needed = (long)Math.Ceiling(minimum.Ticks / (double)unit.Ticks);
            var whole = unit == TimeSpan.FromSeconds(1) || unit == TimeSpan.FromMinutes(1) ? 60 : unit == TimeSpan.FromHours(1) ? 24 : 0;
            if (whole == 0)
            {
                return Math.Max(1, needed);
            }

            for (var count = Math.Max(1, needed); count < whole; count++)
            {
                if (whole % count == 0)
                {
                    return count;
                }
            }

            return 0;
        }
    }
}
