using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Flow;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Rules
{
    /// <summary>
    /// SMA008: a send, DM, post or mail repeated by a loop or fan-out that neither waits between sends (a <c>pace</c> call,
    /// directly or in a helper it calls) nor handles the platform's rate-limit error.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnpacedSendLoopAnalyzer : SocialAnalyzer
    {
        /// <summary>Property with the pause, in milliseconds, that the fix inserts; present only when the fix applies (an awaitable loop).</summary>
        public const string DelayMillisecondsProperty = "DelayMilliseconds";

        /// <summary>Messages to people: chat sends, DMs, posts, and mail (mail servers throttle bursts too).</summary>
        private const SocialRole RepeatedRoles = SocialRole.Send | SocialRole.DmSend | SocialRole.Publish | SocialRole.EmailSend;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnpacedSendLoop);

        internal override bool IsApplicable(SocialApiIndex index) => index.HasAny(RepeatedRoles);

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var index = context.Index;
            var pacing = new SendPacing(index, context.Compilation);
            context.RegisterOperationAction(c => AnalyzeInvocation(c, index, pacing), OperationKind.Invocation);
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, SocialApiIndex index, SendPacing pacing)
        {
            var send = (IInvocationOperation)context.Operation;
            if (!index.MayHave(send.TargetMethod, RepeatedRoles))
            {
                return;
            }

            var roles = index.RolesOf(send);
            if ((roles & RepeatedRoles) == 0)
            {
                return;
            }

            var innermost = RecipientFanOut.FindEnclosing(send, index);
            if (innermost == null || InboundItems.IsReply(send, roles, index))
            {
                return;
            }

            var scope = OperationScope.Root(send);
            if (InboundItems.IsInboundFanOut(innermost, index, scope))
            {
                // One answer per message people wrote: paced by the people writing.
                return;
            }

            var tree = send.Syntax.SyntaxTree;
            var depth = RuleOptions.MaxCallDepth.Read(context.Options, tree, out _);
            foreach (var fanOut in RecipientFanOut.Outward(innermost, index))
            {
                // A pause anywhere in the enclosing loops counts: batches of sends separated by a wait are paced.
                if (pacing.IsGuarded(fanOut.IsLoopStatement ? fanOut.Construct : fanOut.Body, depth))
                {
                    return;
                }
            }

            if (pacing.IsInsideRateLimitTry(send) || pacing.ConfiguresPacing(scope))
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            var additionalLocations = ImmutableArray<Location>.Empty;
            var statement = StatementForDelay(send, innermost);
            if (statement != null)
            {
                var delay = RuleOptions.Sma008DelayMilliseconds.Read(context.Options, tree, out _);
                properties = properties.Add(DelayMillisecondsProperty, delay.ToString(CultureInfo.InvariantCulture));
                additionalLocations = ImmutableArray.Create(statement.GetLocation());
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnpacedSendLoop,
                send.Syntax.GetLocation(),
                additionalLocations,
                properties,
                OperationText.CalledMember(send)));
        }

        /// <summary>
        /// The statement after which an <c>await Task.Delay(...)</c> paces the loop: the statement holding the send, in the
        /// body of a loop statement (not a concurrent <c>Select</c>, where a delay would not space the sends), in an async
        /// method, lambda or local function that also holds the loop, outside any <c>lock</c>.
        /// </summary>
        private static StatementSyntax? StatementForDelay(IInvocationOperation send, FanOut innermost)
        {
            if (!innermost.IsLoopStatement)
            {
                return null;
            }

            StatementSyntax? statement = null;
            for (var current = send.Parent; current != null && current != innermost.Construct; current = current.Parent)
            {
                switch (current)
                {
                    case IAnonymousFunctionOperation:
                    case ILocalFunctionOperation:
                    case ILockOperation:
                        return null;
                }

                if (statement == null && current.Syntax is StatementSyntax candidate && current is not IBlockOperation)
                {
                    statement = candidate;
                }
            }

            if (statement == null || statement.Parent is not (BlockSyntax or ForEachStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax))
            {
                return null;
            }

            return send.SemanticModel?.GetEnclosingSymbol(statement.SpanStart) is IMethodSymbol { IsAsync: true } ? statement : null;
        }
    }
}
