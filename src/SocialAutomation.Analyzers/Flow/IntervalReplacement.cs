using System;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

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
        public static (Location Location, string? Text) Compute(IntervalReading reading, TimeSpan minimum, IntervalSiblings siblings)
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
                    return NamedCall(reading, minimum, siblings);
                case IntervalForm.Helper:
                    return (syntax.GetLocation(), HelperText(reading, minimum, siblings));
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
        private static (Location Location, string? Text) NamedCall(IntervalReading reading, TimeSpan minimum, IntervalSiblings siblings)
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
                    ? (Location.Create(invocation.SyntaxTree, TextSpan.FromBounds(member.Name.SpanStart, invocation.Span.End)), siblings.Closest(reading.Member, minimum))
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

        private static string? HelperText(IntervalReading reading, TimeSpan minimum, IntervalSiblings siblings)
        {
            var call = siblings.Closest(reading.Member, minimum);
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

        /// <summary>The smallest count of units reaching the minimum; seconds and minutes divide the minute and hour, hours the day.</summary>
        internal static long CountFor(TimeSpan unit, TimeSpan minimum)
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
