using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Flow;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Rules
{
    /// <summary>
    /// SMA009: a schedule (Hangfire, Quartz, Coravel, a BCL timer, or a forever loop paced only by a constant pause)
    /// whose interval, known at compile time, is shorter than <c>social_automation.min_posting_interval_minutes</c>,
    /// and whose work posts or sends, directly or through source methods up to <c>social_automation.max_call_depth</c>.
    /// Work that reads what people wrote (polling for messages to answer) is reply-driven and not reported.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class HighFrequencyPostingAnalyzer : SocialAnalyzer
    {
        /// <summary>The text that replaces the reported span so the schedule runs at the minimum; absent when no fix applies.</summary>
        public const string ReplacementKey = "Replacement";

        /// <summary>The minimum interval as words ("15 minutes"), for the fix's title.</summary>
        public const string MinimumKey = "Minimum";

        private const SocialRole Posting = SocialRole.Publish | SocialRole.Send | SocialRole.DmSend;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.HighFrequencyPosting);

        internal override bool IsApplicable(SocialApiIndex index)
            => index.HasAny(Posting) && index.HasAny(SocialRole.Schedule | SocialRole.Pace);

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var state = new State(context.Index, context.Compilation, context.Options);
            context.RegisterOperationAction(c => AnalyzeCall(c, state), OperationKind.Invocation, OperationKind.ObjectCreation);
            context.RegisterOperationAction(c => AnalyzeAssignment(c, state), OperationKind.SimpleAssignment);
        }

        private static void AnalyzeCall(OperationAnalysisContext context, State state)
        {
            var (method, arguments) = context.Operation switch
            {
                IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                _ => (null, ImmutableArray<IArgumentOperation>.Empty),
            };
            if (method == null)
            {
                return;
            }

            var roles = state.Index.Find(method, SocialRole.Schedule | SocialRole.Pace);
            if (roles.IsEmpty || (roles.Unconditional & (SocialRole.Schedule | SocialRole.Pace)) == 0 || !ScheduleInterval.HasInterval(roles)
                || IsIntervalArgumentOfSchedule(context.Operation, state.Index))
            {
                return;
            }

            var minimum = state.Minimum(context.Operation.Syntax.SyntaxTree);
            var reading = state.Reader.ReadCall(context.Operation, method, arguments, roles);
            if (!IsTooFrequent(reading, minimum))
            {
                return;
            }

            ScheduledWork work;
            if ((roles.Unconditional & SocialRole.Schedule) != 0)
            {
                work = state.Finder.ForSchedule(context.Operation, reading!.Origin, reading.Form != IntervalForm.NamedCall, context.CancellationToken);
            }
            else if (context.Operation is IInvocationOperation pause)
            {
                work = state.Finder.ForPause(pause);
            }
            else
            {
                return;
            }

            Report(context, state, reading!, minimum, work);
        }

        /// <summary><c>timer.Interval = 1000</c>, <c>new Timer { Interval = 1000 }</c>.</summary>
        private static void AnalyzeAssignment(OperationAnalysisContext context, State state)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            if (assignment.Target is not IPropertyReferenceOperation property)
            {
                return;
            }

            var roles = state.Index.Find(property.Property, SocialRole.Schedule);
            if (roles.IsEmpty || (roles.Unconditional & SocialRole.Schedule) == 0 || !ScheduleInterval.HasInterval(roles))
            {
                return;
            }

            var minimum = state.Minimum(assignment.Syntax.SyntaxTree);
            var reading = state.Reader.ReadValue(assignment.Value);
            if (!IsTooFrequent(reading, minimum))
            {
                return;
            }

            Report(context, state, reading!, minimum, state.Finder.ForSchedule(assignment, reading!.Origin, followLinks: true, context.CancellationToken));
        }

        private static bool IsTooFrequent(IntervalReading? reading, TimeSpan minimum)
            => reading != null && reading.Interval > TimeSpan.Zero && reading.Interval < minimum;

        private static void Report(OperationAnalysisContext context, State state, IntervalReading reading, TimeSpan minimum, ScheduledWork work)
        {
            if (work.IsEmpty)
            {
                return;
            }

            var depth = state.MaxDepth(context.Operation.Syntax.SyntaxTree);
            var post = FindCall(work, state.Posting, state.IsPosting, depth, context.CancellationToken);
            if (post == null || FindCall(work, state.Reading, state.IsReading, depth, context.CancellationToken) != null)
            {
                return;
            }

            var (location, replacement) = IntervalReplacement.Compute(reading, minimum, state.Siblings);
            var minimumText = DurationText.Format(minimum);
            var properties = ImmutableDictionary<string, string?>.Empty.Add(MinimumKey, minimumText);
            if (replacement != null)
            {
                properties = properties.Add(ReplacementKey, replacement);
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.HighFrequencyPosting, location, properties,
                DurationText.Format(reading.Interval), minimumText, Display(post)));
        }

        /// <summary>The first call the graph looks for in the work's code, or reached from it through source methods.</summary>
        private static IInvocationOperation? FindCall(ScheduledWork work, SourceCallGraph graph, Func<IInvocationOperation, bool> isTarget, int depth, CancellationToken cancellationToken)
        {
            foreach (var body in work.Bodies)
            {
                foreach (var operation in body.DescendantsAndSelf())
                {
                    if (operation is IInvocationOperation invocation && isTarget(invocation))
                    {
                        return invocation;
                    }
                }
            }

            foreach (var body in work.Bodies)
            {
                foreach (var operation in body.DescendantsAndSelf())
                {
                    var found = operation switch
                    {
                        IInvocationOperation invocation => graph.FindTarget(invocation.TargetMethod, depth, cancellationToken),
                        IMethodReferenceOperation reference => graph.FindTarget(reference.Method, depth + 1, cancellationToken),
                        _ => null,
                    };
                    if (found != null)
                    {
                        return found;
                    }
                }
            }

            foreach (var method in work.Methods)
            {
                var found = graph.FindTarget(method, depth + 1, cancellationToken);
                if (found != null)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary><c>Cron.Minutely()</c> inside <c>AddOrUpdate(..., Cron.Minutely())</c> is read by the enclosing schedule.</summary>
        private static bool IsIntervalArgumentOfSchedule(IOperation operation, SocialApiIndex index)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation or IDelegateCreationOperation)
            {
                parent = parent.Parent;
            }

            if (parent is not IArgumentOperation { Parameter: { } parameter } argument)
            {
                return false;
            }

            var method = argument.Parent switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };
            if (method == null)
            {
                return false;
            }

            foreach (var entry in index.Find(method).Entries)
            {
                if (entry.Interval?.Parameter == parameter.Name)
                {
                    return true;
                }
            }

            return false;
        }

        private static string Display(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            return method.ContainingType == null ? method.Name : method.ContainingType.Name + "." + method.Name;
        }

        private sealed class State
        {
            private readonly AnalyzerOptions _options;

            public State(SocialApiIndex index, Compilation compilation, AnalyzerOptions options)
            {
                Index = index;
                _options = options;
                Reader = new ScheduleInterval(index, compilation);
                Finder = new ScheduledWorkFinder(index, compilation);
                Siblings = new IntervalSiblings(index);
                IsPosting = call => index.Has(call, HighFrequencyPostingAnalyzer.Posting);
                IsReading = call => index.Has(call, SocialRole.InboundRead);
                Posting = new SourceCallGraph(compilation, IsPosting);
                Reading = new SourceCallGraph(compilation, IsReading);
            }

            public SocialApiIndex Index { get; }

            public ScheduleInterval Reader { get; }

            public ScheduledWorkFinder Finder { get; }

            public IntervalSiblings Siblings { get; }

            public Func<IInvocationOperation, bool> IsPosting { get; }

            public Func<IInvocationOperation, bool> IsReading { get; }

            /// <summary>Calls that post or send.</summary>
            public SourceCallGraph Posting { get; }

            /// <summary>Calls that read what people wrote: work that polls for messages answers people, it does not broadcast.</summary>
            public SourceCallGraph Reading { get; }

            public TimeSpan Minimum(SyntaxTree tree) => TimeSpan.FromMinutes(RuleOptions.MinPostingIntervalMinutes.Read(_options, tree, out _));

            public int MaxDepth(SyntaxTree tree) => RuleOptions.MaxCallDepth.Read(_options, tree, out _);
        }
    }
}
