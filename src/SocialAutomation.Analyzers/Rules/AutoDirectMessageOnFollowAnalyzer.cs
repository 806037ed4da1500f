using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Flow;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Rules
{
    /// <summary>
    /// SMA001: a direct message sent because someone followed or joined — from a follow-event handler (event, delegate
    /// property, registration method, or a method taking a follow-event args type), or, for update-based libraries, from
    /// code guarded by join data. Source methods the handler calls are followed to <c>social_automation.max_call_depth</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AutoDirectMessageOnFollowAnalyzer : SocialAnalyzer
    {
        public const string IndirectKey = "Indirect";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.AutoDirectMessageOnFollow);

        internal override bool IsApplicable(SocialApiIndex index)
            => index.HasAny(SocialRole.DmSend | SocialRole.Send) && index.HasAny(SocialRole.FollowEvent | SocialRole.JoinData);

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var index = context.Index;
            var graph = new SourceCallGraph(context.Compilation, call => DirectMessages.IsDirectMessage(call, index));
            var reported = new ConcurrentDictionary<(SyntaxTree, TextSpan, FollowOrigin), byte>();
            var state = new State(index, graph, reported, context.Options);

            var follow = index.HasAny(SocialRole.FollowEvent);
            var join = index.HasAny(SocialRole.JoinData);
            // Handlers known by their args type (DSharpPlus, SlackNet) are found from the calls they make (a DM, or a source
            // method that may reach one), not by a callback per method body: calls that could matter are few, and only the
            // methods that make them are asked about their parameters.
            var argsTypeHandlers = follow && index.AnyTypeHas(SocialRole.FollowEvent);
            // Handlers are assigned only to follow events and delegate properties: without such entries (Telegram alone,
            // registration methods alone) the driver need not call back on every assignment.
            if (follow && index.AnyEntryOn(SocialRole.FollowEvent, SymbolKind.Event))
            {
                context.RegisterOperationAction(c => AnalyzeAssignment(c, state), OperationKind.EventAssignment);
            }

            if (follow && index.AnyEntryOn(SocialRole.FollowEvent, SymbolKind.Property))
            {
                context.RegisterOperationAction(c => AnalyzeAssignment(c, state), OperationKind.CompoundAssignment, OperationKind.SimpleAssignment);
            }

            // One callback and one lookup per call for every question: the driver charges every callback, and calls are
            // most operations.
            context.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    // Only follow-event registrations and sends matter here; any other entry of the call changes nothing.
                    var roles = index.Find(invocation.TargetMethod, SocialRole.FollowEvent | SocialRole.DmSend | SocialRole.Send);
                    if (follow && MayRegisterFollowHandler(roles))
                    {
                        ScanRegisteredHandlers(c, state);
                    }

                    // Only a catalogued call (a send) or a call into source (which may reach one) can matter below; whether
                    // it calls into source is read once for both questions.
                    var intoSource = SourceCallGraph.IsInSourceAssembly(invocation.TargetMethod);
                    if (roles.IsEmpty && !intoSource)
                    {
                        return;
                    }

                    // A catalogued call other than a send (a registration, a read) sends nothing from a handler.
                    var maySend = roles.IsEmpty || MaySend(roles);
                    if (argsTypeHandlers && maySend)
                    {
                        AnalyzeCallInArgsTypeHandler(c, invocation, state);
                    }

                    if (follow && maySend)
                    {
                        AnalyzeCallInLocalFunctionHandler(c, invocation, state);
                    }

                    if (join)
                    {
                        AnalyzeJoinGuardedCall(c, invocation, roles, intoSource, state);
                    }
                },
                OperationKind.Invocation);
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, State state)
        {
            ISymbol? member = context.Operation switch
            {
                IEventAssignmentOperation { EventReference: IEventReferenceOperation reference } => reference.Event,
                IAssignmentOperation assignment => (assignment.Target as IPropertyReferenceOperation)?.Property,
                _ => null,
            };
            if (member != null && MayRegisterFollowHandler(state.Index.Find(member, SocialRole.FollowEvent)))
            {
                ScanRegisteredHandlers(context, state);
            }
        }

        private static void ScanRegisteredHandlers(OperationAnalysisContext context, State state)
        {
            var handlers = new List<FollowHandler>();
            FollowHandlers.Collect(context.Operation, state.Index, handlers);
            foreach (var handler in handlers)
            {
                var where = FollowOrigin.Handler(handler.EventName, handler.Registration);
                if (handler.InlineBody != null)
                {
                    ScanHandlerBody(handler.InlineBody, where, state, context.ReportDiagnostic, context.CancellationToken);
                }
                else if (handler.Method is { MethodKind: MethodKind.LocalFunction })
                {
                    // Its calls are checked from inside it, where the IDE looks (see AnalyzeCallInLocalFunctionHandler).
                    continue;
                }
                else if (handler.Method != null && !HasFollowEventParameter(handler.Method, state.Index))
                {
                    ReportMethodGroupHandler(context, handler, where, state);
                }
            }
        }

        /// <summary>
        /// Cheap check before any allocation: the event, property or method registering the handler has a follow-event
        /// entry (or a conditional one); <see cref="FollowHandlers"/> then decides.
        /// </summary>
        private static bool MayRegisterFollowHandler(SymbolRoles roles)
            => (roles.Unconditional & SocialRole.FollowEvent) != 0 || roles.HasConditions;

        /// <summary>
        /// A method-group handler is reported where it is registered: a diagnostic inside another member would not be
        /// local to this callback, and IDEs would neither show it live nor offer its fixes. Handlers with a follow-event
        /// args type are reported inside, by <see cref="AnalyzeCallInArgsTypeHandler"/>.
        /// </summary>
        private static void ReportMethodGroupHandler(OperationAnalysisContext context, FollowHandler handler, FollowOrigin where, State state)
        {
            var method = handler.Method!;
            var target = state.Graph.FindTarget(method, state.MaxDepth(context.Operation.Syntax.SyntaxTree) + 1, context.CancellationToken);
            var location = handler.HandlerSyntax.GetLocation();
            if (target != null && state.TryClaim(location, where))
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(IndirectKey, "true");
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AutoDirectMessageOnFollow, location, properties,
                    "'" + method.Name + "'", " through " + Display(target), where.ToString()));
            }
        }

        private static bool HasFollowEventParameter(IMethodSymbol method, SocialApiIndex index)
        {
            foreach (var parameter in method.Parameters)
            {
                if ((index.RolesOfType(parameter.Type) & SocialRole.FollowEvent) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Handlers recognised by their parameter: <c>IEventHandler&lt;GuildMemberAddedEventArgs&gt;</c>, <c>IEventHandler&lt;TeamJoin&gt;</c>.</summary>
        private static void AnalyzeCallInArgsTypeHandler(OperationAnalysisContext context, IInvocationOperation invocation, State state)
        {
            var where = state.ArgsTypeHandlerOf(context.ContainingSymbol);
            if (where != null)
            {
                CheckCall(invocation, where, WelcomeContext.Body(DirectMessages.EnclosingBody(invocation) ?? invocation), state, context.ReportDiagnostic, context.CancellationToken);
            }
        }

        /// <summary>A call in a local function registered as a follow handler (<c>client.UserJoined += Greet;</c> with a local <c>Greet</c>).</summary>
        private static void AnalyzeCallInLocalFunctionHandler(OperationAnalysisContext context, IInvocationOperation invocation, State state)
        {
            if (state.LocalFunctions.Around(invocation) is var (function, handler))
            {
                var where = FollowOrigin.Handler(handler.EventName, handler.Registration);
                CheckCall(invocation, where, WelcomeContext.Body(function), state, context.ReportDiagnostic, context.CancellationToken);
            }
        }

        /// <summary>Where a method that takes a follow-event args type says a call comes from, or null when it takes none.</summary>
        private static FollowOrigin? DescribeArgsTypeHandler(ISymbol symbol, SocialApiIndex index)
        {
            if (symbol is not IMethodSymbol method)
            {
                return null;
            }

            foreach (var parameter in method.Parameters)
            {
                if ((index.RolesOfType(parameter.Type) & SocialRole.FollowEvent) != 0)
                {
                    return FollowOrigin.ArgsType(method.Name, parameter.Type.Name);
                }
            }

            return null;
        }

        private static bool MaySend(SymbolRoles roles)
            => (roles.Unconditional & (SocialRole.DmSend | SocialRole.Send)) != 0 || roles.HasConditions;

        private static void AnalyzeJoinGuardedCall(OperationAnalysisContext context, IInvocationOperation invocation, SymbolRoles roles, bool intoSource, State state)
        {
            var isSend = !roles.IsEmpty && MaySend(roles);
            if (!isSend && !intoSource)
            {
                return;
            }

            // The guard walk allocates nothing; the source-method test reads syntax references, which does.
            var guard = JoinDataGuards.FindGuard(invocation, state.Index);
            if (guard == null || (!isSend && !SourceCallGraph.IsSourceMethod(invocation.TargetMethod)))
            {
                return;
            }

            CheckCall(invocation, FollowOrigin.JoinCheck(guard), WelcomeContext.Guard(guard), state, context.ReportDiagnostic, context.CancellationToken);
        }

        private static void ScanHandlerBody(IOperation body, FollowOrigin where, State state,
            System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var invocation in SourceCallGraph.InvocationsIn(body))
            {
                CheckCall(invocation, where, WelcomeContext.Body(body), state, report, cancellationToken);
            }
        }

        /// <param name="context">Where the code fix looks for the joining user or place (see <see cref="WelcomeContext"/>).</param>
        private static void CheckCall(IInvocationOperation invocation, FollowOrigin where, WelcomeContext context, State state,
            System.Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
        {
            var location = ReportLocation(invocation);
            if (DirectMessages.IsDirectMessage(invocation, state.Index))
            {
                if (state.TryClaim(location, where))
                {
                    report(Diagnostic.Create(Descriptors.AutoDirectMessageOnFollow, location, context.ToProperties(), Display(invocation), string.Empty, where.ToString()));
                }

                return;
            }

            if (!SourceCallGraph.IsSourceMethod(invocation.TargetMethod))
            {
                return;
            }

            var depth = state.MaxDepth(invocation.Syntax.SyntaxTree);
            var target = state.Graph.FindTarget(invocation.TargetMethod, depth, cancellationToken);
            if (target != null && state.TryClaim(location, where))
            {
                var through = " through " + Display(target);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(IndirectKey, "true");
                report(Diagnostic.Create(Descriptors.AutoDirectMessageOnFollow, location, properties, Display(invocation), through, where.ToString()));
            }
        }

        private static Location ReportLocation(IInvocationOperation invocation) => invocation.Syntax.GetLocation();

        private static string Display(IInvocationOperation invocation) => InvocationDisplay.Quoted(invocation);

        private sealed class State
        {
            private readonly ConcurrentDictionary<(SyntaxTree, TextSpan, FollowOrigin), byte> _reported;
            private readonly AnalyzerOptions _options;
            private ArgsTypeAnswer? _lastArgsTypeAnswer;

            public State(SocialApiIndex index, SourceCallGraph graph, ConcurrentDictionary<(SyntaxTree, TextSpan, FollowOrigin), byte> reported, AnalyzerOptions options)
            {
                Index = index;
                Graph = graph;
                LocalFunctions = new LocalFunctionHandlers(index);
                _reported = reported;
                _options = options;
            }

            public SocialApiIndex Index { get; }

            public SourceCallGraph Graph { get; }

            public LocalFunctionHandlers LocalFunctions { get; }

            /// <summary>
            /// Per method: where its calls come from when it takes a follow-event args type, else null. Most methods
            /// that make a call that matters make one, so a memo of every method costs more than it saves; the calls of
            /// one body arrive together, so the last answer is kept.
            /// </summary>
            public FollowOrigin? ArgsTypeHandlerOf(ISymbol member)
            {
                var last = Volatile.Read(ref _lastArgsTypeAnswer);
                if (last != null && ReferenceEquals(last.Member, member))
                {
                    return last.Origin;
                }

                var origin = DescribeArgsTypeHandler(member, Index);
                Volatile.Write(ref _lastArgsTypeAnswer, new ArgsTypeAnswer(member, origin));
                return origin;
            }

            /// <summary>
            /// One diagnostic per call and handler, however many ways the handler is found (an event and its args type).
            /// Keyed by the origin too, so which diagnostics exist never depends on callback order.
            /// </summary>
            public bool TryClaim(Location location, FollowOrigin where)
                => location.SourceTree != null && _reported.TryAdd((location.SourceTree, location.SourceSpan, where), 0);

            public int MaxDepth(SyntaxTree tree) => RuleOptions.MaxCallDepth.Read(_options, tree, out _);
        }

        private sealed class ArgsTypeAnswer
        {
            public ArgsTypeAnswer(ISymbol member, FollowOrigin? origin)
            {
                Member = member;
                Origin = origin;
            }

            public ISymbol Member { get; }

            public FollowOrigin? Origin { get; }
        }
    }
}
