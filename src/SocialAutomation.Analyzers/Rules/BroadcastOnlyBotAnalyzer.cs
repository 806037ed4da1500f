using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SocialAutomation.Analyzers.Catalog;
using SocialAutomation.Analyzers.Flow;
using SocialAutomation.Analyzers.Infrastructure;

namespace SocialAutomation.Analyzers.Rules
{
    /// <summary>
    /// SMA003: a program that sends or posts but never listens: no subscription to incoming messages, no handler class or
    /// parameter for them, no call that reads them, no reply. Reported once, at the end of the compilation, at the first
    /// outbound call in source order.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BroadcastOnlyBotAnalyzer : SocialAnalyzer
    {
        private const SocialRole OutboundRoles = SocialRole.Send | SocialRole.DmSend | SocialRole.Publish;

        private const SocialRole ListeningRoles = SocialRole.InboundEvent | SocialRole.InboundRead | SocialRole.Reply;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.BroadcastOnlyBot);

        internal override bool IsApplicable(SocialApiIndex index) => index.HasAny(OutboundRoles);

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var kind = context.Compilation.Options.OutputKind;
            var executable = kind == OutputKind.ConsoleApplication || kind == OutputKind.WindowsApplication;
            if (!executable && !RuleOptions.Sma003IncludeLibraries.ReadForCompilation(context.Options, context.Compilation, out _))
            {
                return;
            }

            var index = context.Index;
            var evidence = new ListeningEvidence();
            context.RegisterOperationAction(c => OnInvocation(c, index, evidence), OperationKind.Invocation);
            context.RegisterOperationAction(c => OnMemberUse(c, index, evidence), OperationKind.EventAssignment, OperationKind.CompoundAssignment, OperationKind.ObjectCreation, OperationKind.PropertyReference);
            context.RegisterOperationAction(c => OnLambda(c, index, evidence), OperationKind.AnonymousFunction);
            context.RegisterSymbolAction(c => OnSymbol(c, index, evidence), SymbolKind.NamedType, SymbolKind.Method);
            context.RegisterCompilationEndAction(c =>
            {
                var first = evidence.FirstOutbound;
                if (!evidence.Listens && first != null)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Descriptors.BroadcastOnlyBot, first.Value.Location, first.Value.Member));
                }
            });
        }

        private static void OnInvocation(OperationAnalysisContext context, SocialApiIndex index, ListeningEvidence evidence)
        {
            if (evidence.Listens)
            {
                return;
            }

            var invocation = (IInvocationOperation)context.Operation;
            if (!index.MayHave(invocation.TargetMethod, ListeningRoles | OutboundRoles))
            {
                return;
            }

            var roles = index.RolesOf(invocation);
            if (roles == SocialRole.None)
            {
                return;
            }

            if ((roles & ListeningRoles) != 0 || ((roles & OutboundRoles) != 0 && InboundItems.IsReply(invocation, roles, index)))
            {
                // A registration call (StartReceiving), a read of mentions or updates, a reply.
                evidence.MarkListening();
            }
            else if ((roles & OutboundRoles) != 0)
            {
                evidence.AddOutbound(invocation.Syntax.GetLocation(), OperationText.CalledMember(invocation));
            }
        }

        /// <summary><c>client.MessageReceived += ...</c>, <c>stream.TweetCreated += ...</c>, <c>new DefaultUpdateHandler(...)</c>, <c>bot.Messages</c>.</summary>
        private static void OnMemberUse(OperationAnalysisContext context, SocialApiIndex index, ListeningEvidence evidence)
        {
            if (evidence.Listens)
            {
                return;
            }

            ISymbol? member = context.Operation switch
            {
                IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation reference } => reference.Event,
                ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add, Target: IPropertyReferenceOperation property } => property.Property,
                IObjectCreationOperation creation => creation.Constructor,
                IPropertyReferenceOperation property => property.Property,
                _ => null,
            };
            if (member != null && index.Has(member, ListeningRoles))
            {
                evidence.MarkListening();
            }
        }

        /// <summary>A lambda that takes an incoming message or update is a handler, wherever it is passed.</summary>
        private static void OnLambda(OperationAnalysisContext context, SocialApiIndex index, ListeningEvidence evidence)
        {
            if (!evidence.Listens && TakesInboundArgument(((IAnonymousFunctionOperation)context.Operation).Symbol, index))
            {
                evidence.MarkListening();
            }
        }

        /// <summary>A handler class (implements <c>IUpdateHandler</c>, derives from a command module) or a method that takes an inbound argument.</summary>
        private static void OnSymbol(SymbolAnalysisContext context, SocialApiIndex index, ListeningEvidence evidence)
        {
            if (evidence.Listens)
            {
                return;
            }

            var listens = context.Symbol switch
            {
                INamedTypeSymbol type => (index.RolesOfType(type) & SocialRole.InboundEvent) != 0,
                IMethodSymbol method => index.Has(method, SocialRole.InboundEvent) || TakesInboundArgument(method, index),
                _ => false,
            };
            if (listens)
            {
                evidence.MarkListening();
            }
        }

        private static bool TakesInboundArgument(IMethodSymbol method, SocialApiIndex index)
        {
            foreach (var parameter in method.Parameters)
            {
                if ((index.RolesOfType(parameter.Type) & SocialRole.InboundEvent) != 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>What the callbacks found, shared across threads: whether the program listens, and its first outbound call.</summary>
        private sealed class ListeningEvidence
        {
            private readonly object _gate = new object();
            private volatile bool _listens;
            private (Location Location, string Member)? _firstOutbound;

            public bool Listens => _listens;

            public (Location Location, string Member)? FirstOutbound
            {
                get
                {
                    lock (_gate)
                    {
                        return _firstOutbound;
                    }
                }
            }

            public void MarkListening() => _listens = true;

            /// <summary>Keeps the earliest call by file path, then position, so the diagnostic does not move between builds.</summary>
            public void AddOutbound(Location location, string member)
            {
                lock (_gate)
                {
                    if (_firstOutbound == null || IsBefore(location, _firstOutbound.Value.Location))
                    {
                        _firstOutbound = (location, member);
                    }
                }
            }

            private static bool IsBefore(Location candidate, Location current)
            {
                var byPath = string.CompareOrdinal(candidate.SourceTree?.FilePath, current.SourceTree?.FilePath);
                return byPath != 0 ? byPath < 0 : candidate.SourceSpan.Start < current.SourceSpan.Start;
            }
        }
    }
}
