using System.Collections.Concurrent;
using System.Collections.Immutable;
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
    /// SMA010: a reply or a mention aimed at posts or accounts that came from a keyword search (directly, through locals,
    /// loops, LINQ, or a keyword-tracking stream's handler). Three shapes: a <c>reply</c> call whose target (receiver or a
    /// non-text argument) comes from a search; a <c>reply-target</c> member set, called or constructed with such a value
    /// (Tweetinvi <c>InReplyToTweet = tweet</c>, idunno <c>new ReplyReferences(post, post)</c>), reported at the post that
    /// carries it when there is one; and a public post whose text mentions an account from a search. Replies to the
    /// bot's mentions or messages come from inbound reads, not searches, and are not flagged.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class KeywordSearchAutoReplyAnalyzer : SocialAnalyzer
    {
        private const string Replies = "replies to posts";
        private const string Mentions = "mentions accounts";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.KeywordSearchAutoReply);

        internal override bool IsApplicable(SocialApiIndex index)
            => index.HasAny(SocialRole.Search) && index.HasAny(SocialRole.Reply | SocialRole.ReplyTarget | SocialRole.Publish);

        internal override void OnCompilationStart(SocialCompilationContext context)
        {
            var state = new State(context.Index, checkMentions: context.Index.HasAny(SocialRole.Mention));
            context.RegisterOperationAction(c => AnalyzeInvocation(c, state), OperationKind.Invocation);
            if (context.Index.HasAny(SocialRole.ReplyTarget))
            {
                context.RegisterOperationAction(c => AnalyzeReplyTarget(c, state), OperationKind.ObjectCreation, OperationKind.SimpleAssignment);
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, State state)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var symbolRoles = state.Index.Find(invocation.TargetMethod, SocialRole.Reply | SocialRole.ReplyTarget | SocialRole.Publish);
            if (symbolRoles.IsEmpty)
            {
                return;
            }

            var roles = symbolRoles.RolesFor(invocation.Instance, invocation.Arguments, state.Index);
            if ((roles & SocialRole.Reply) != 0)
            {
                var search = SearchBehindTarget(invocation, symbolRoles.ContentParameter, state.Index);
                if (search != null)
                {
                    state.Report(context.ReportDiagnostic, invocation, invocation, Replies, search);
                }
            }
            else if ((roles & SocialRole.ReplyTarget) != 0)
            {
                var search = SearchBehindTarget(invocation, contentParameter: null, state.Index);
                if (search != null)
                {
                    state.Report(context.ReportDiagnostic, invocation, EnclosingPost(invocation, state.Index) ?? invocation, Replies, search);
                }
            }
            else if (state.CheckMentions && (roles & SocialRole.Publish) != 0 && !DirectMessages.IsDirectMessage(invocation, state.Index))
            {
                var search = SearchBehindMention(invocation, symbolRoles, state.Index);
                if (search != null)
                {
                    state.Report(context.ReportDiagnostic, invocation, invocation, Mentions, search);
                }
            }
        }

        /// <summary><c>new ReplyReferences(post, post)</c>, <c>new PublishTweetParameters(text) { InReplyToTweet = tweet }</c>, <c>p.InReplyToTweetId = id</c>.</summary>
        private static void AnalyzeReplyTarget(OperationAnalysisContext context, State state)
        {
            IOperation? target = null;
            switch (context.Operation)
            {
                case IObjectCreationOperation { Constructor: { } constructor } creation
                    when state.Index.Has(constructor, SocialRole.ReplyTarget):
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.ArgumentKind != ArgumentKind.DefaultValue && SocialOrigins.Find(argument.Value, SocialRole.Search, state.Index) is { } found)
                        {
                            target = found;
                            break;
                        }
                    }

                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    when state.Index.Has(property.Property, SocialRole.ReplyTarget):
                    target = SocialOrigins.Find(assignment.Value, SocialRole.Search, state.Index);
                    break;
            }

            if (target != null)
            {
                var post = EnclosingPost(context.Operation, state.Index);
                state.Report(context.ReportDiagnostic, context.Operation, post ?? context.Operation, Replies, target);
            }
        }

        /// <summary>The search a reply's target comes from: its receiver, or an argument other than the text.</summary>
        private static IOperation? SearchBehindTarget(IInvocationOperation invocation, string? contentParameter, SocialApiIndex index)
        {
            if (invocation.Instance != null && SocialOrigins.Find(invocation.Instance, SocialRole.Search, index) is { } fromReceiver)
            {
                return fromReceiver;
            }

            foreach (var argument in invocation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue || (contentParameter != null && argument.Parameter?.Name == contentParameter))
                {
                    continue;
                }

                if (SocialOrigins.Find(argument.Value, SocialRole.Search, index) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        /// <summary>The search behind an account mentioned in a post's text (<c>$"@{tweet.CreatedBy.ScreenName} ..."</c>).</summary>
        private static IOperation? SearchBehindMention(IInvocationOperation invocation, SymbolRoles roles, SocialApiIndex index)
        {
            IOperation? search = null;
            var scope = DirectMessages.EnclosingBody(invocation) ?? invocation;
            var recipient = SendArguments.Recipient(invocation, roles, scope, out _);
            foreach (var text in SendArguments.Content(invocation, roles, recipient, scope))
            {
                ValueOrigins.Reaches(text, scope, operation =>
                {
                    if (operation is IMemberReferenceOperation { Instance: { } instance } member
                        && index.Has(member.Member, SocialRole.Mention))
                    {
                        search = SocialOrigins.Find(instance, SocialRole.Search, index);
                    }

                    return search != null;
                });
                if (search != null)
                {
                    break;
                }
            }

            return search;
        }

        /// <summary>The publish, reply or reply-target call a reply-target value is passed to, directly or in an object initializer.</summary>
        private static IInvocationOperation? EnclosingPost(IOperation operation, SocialApiIndex index)
        {
            for (var current = operation.Parent; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case IInvocationOperation invocation when index.Has(invocation, SocialRole.Publish | SocialRole.Reply | SocialRole.ReplyTarget):
                        return invocation;
                    case IInvocationOperation or IArgumentOperation or IConversionOperation or IObjectCreationOperation
                        or IObjectOrCollectionInitializerOperation or ISimpleAssignmentOperation or IAwaitOperation:
                        continue;
                    default:
                        return null;
                }
            }

            return null;
        }

        private sealed class State
        {
            private readonly ConcurrentDictionary<(SyntaxTree, TextSpan), byte> _reported = new ConcurrentDictionary<(SyntaxTree, TextSpan), byte>();

            public State(SocialApiIndex index, bool checkMentions)
            {
                Index = index;
                CheckMentions = checkMentions;
            }

            public SocialApiIndex Index { get; }

            /// <summary>Whether the compilation has mention members, so public posts can address people at all.</summary>
            public bool CheckMentions { get; }

            /// <summary>One diagnostic per post, whether found from the post itself or from the reply target inside it.</summary>
            public void Report(System.Action<Diagnostic> report, IOperation found, IOperation post, string action, IOperation search)
            {
                var location = post.Syntax.GetLocation();
                if (location.SourceTree != null && _reported.TryAdd((location.SourceTree, location.SourceSpan), 0))
                {
                    var name = post is IInvocationOperation call ? InvocationDisplay.Quoted(call) : MemberName(found);
                    report(Diagnostic.Create(Descriptors.KeywordSearchAutoReply, location, name, action, InvocationDisplay.Quoted(search)));
                }
            }

            private static string MemberName(IOperation operation) => operation switch
            {
                ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } => "'" + property.Property.Name + "'",
                IObjectCreationOperation { Constructor: { } constructor } => "'new " + constructor.ContainingType.Name + "'",
                _ => InvocationDisplay.Quoted(operation),
            };
        }
    }
}
