// assembly: idunno.Bluesky
// Test stub mirroring the public shape of idunno.Bluesky 4.0 (with the parts of idunno.AtProto and
// idunno.AtProto.Types it exposes) as far as bot code touches it: BlueskyAgent's chat, post, reply, follow,
// audience, notification and search methods, and the result type that carries HTTP status and rate limits.
// Only a subset of the Post overloads is mirrored. Namespaces, type names and member signatures follow the
// real library so that documentation comment ids match; bodies are empty.
#nullable enable
#pragma warning disable CS0067 // events are never used
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace idunno.AtProto
{
    public abstract class AtIdentifier
    {
        public static AtIdentifier Create(string s) => throw null!;
    }

    public sealed class Did : AtIdentifier
    {
        public Did(string s) { }
        public static Did Parse(string s) => throw null!;
        public static implicit operator Did(string s) => throw null!;
    }

    public sealed class Handle : AtIdentifier
    {
        public Handle(string s) { }
        public static Handle Parse(string s) => throw null!;
        public static implicit operator Handle(string s) => throw null!;
    }

    public sealed class AtUri
    {
        public AtUri(string s) { }
    }

    public sealed class Cid
    {
        public Cid(string s) { }
    }

    public sealed record AtErrorDetail
    {
        public string? Error { get; init; }
        public string? Message { get; init; }
    }

    public sealed record RateLimitPolicy
    {
        public int Limit { get; init; }
        public int WindowSeconds { get; init; }
    }

    public sealed record RateLimit
    {
        public int Limit { get; init; }
        public int Remaining { get; init; }
        public DateTimeOffset Reset { get; init; }
        public RateLimitPolicy? Policy { get; init; }
    }

    public class AtProtoHttpResult<TResult>
    {
        public TResult? Result { get; internal set; }
        public HttpStatusCode StatusCode { get; internal set; }
        public bool Succeeded => throw null!;
        public AtErrorDetail? AtErrorDetail { get; internal set; }
        public RateLimit? RateLimit { get; init; }
        public AtProtoHttpResult<TResult> EnsureSucceeded() => throw null!;
    }

    public class AtProtoHttpRequestException : HttpRequestException
    {
        public AtProtoHttpRequestException(string? message, Exception? innerException, HttpStatusCode? statusCode) : base(message, innerException, statusCode) { }
    }

    public class AtProtoAgent : IDisposable
    {
        public bool IsAuthenticated => throw null!;
        public Did? Did => throw null!;
        public void Dispose() { }
    }
}

namespace idunno.AtProto.Repo
{
    public sealed record StrongReference
    {
        public StrongReference(AtUri uri, Cid cid) { }
        public AtUri Uri { get; init; } = null!;
        public Cid Cid { get; init; } = null!;
    }

    public sealed record CreateRecordResult
    {
        public AtUri Uri { get; init; } = null!;
        public Cid Cid { get; init; } = null!;
        public StrongReference StrongReference => throw null!;
    }

    public sealed record Commit
    {
        public Cid Cid { get; init; } = null!;
    }
}

namespace idunno.AtProto.Authentication
{
    public abstract class AtProtoCredential
    {
    }

    public class AccessCredentials : AtProtoCredential
    {
    }
}

namespace idunno.AtProto.Jetstream
{
    public class RecordReceivedEventArgs : EventArgs
    {
    }

    public class MessageReceivedEventArgs : EventArgs
    {
        public string Message { get; } = null!;
    }

    public class AtProtoJetstream : IDisposable
    {
        public event EventHandler<RecordReceivedEventArgs>? RecordReceived;
        public event EventHandler<MessageReceivedEventArgs>? MessageReceived;
        public Task ConnectAsync(Uri? uri = null, CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
    }
}

namespace idunno.Bluesky
{
    using idunno.AtProto;
    using idunno.AtProto.Authentication;
    using idunno.AtProto.Repo;
    using idunno.Bluesky.Actor;
    using idunno.Bluesky.Chat;
    using idunno.Bluesky.Embed;
    using idunno.Bluesky.Feed;
    using idunno.Bluesky.Feed.Gates;
    using idunno.Bluesky.Graph;
    using idunno.Bluesky.Notifications;
    using idunno.Bluesky.RichText;

    public class PagedViewReadOnlyCollection<T> : List<T>
    {
        public string? Cursor { get; }
    }

    public sealed record PostSelfLabels
    {
    }

    public sealed record ReplyReferences
    {
        public ReplyReferences(StrongReference parent, StrongReference root) { }
        public StrongReference Parent { get; init; } = null!;
        public StrongReference Root { get; init; } = null!;
    }

    public sealed record Post
    {
        public string? Text { get; init; }
        public ReplyReferences? Reply { get; internal set; }
    }

    public sealed partial class PostBuilder
    {
        public PostBuilder() { }
        public PostBuilder(string? text, string lang, DateTimeOffset? createdAt = null, ICollection<EmbeddedImage>? images = null, ICollection<Facet>? facets = null, PostSelfLabels? labels = null, ICollection<string>? tags = null) { }
        public string? Text { get; set; }
        public ReplyReferences? InReplyTo { get; set; }
        public PostBuilder ReplyTo(ReplyReferences replyReferences) => throw null!;
        public Task<PostBuilder> ReplyTo(StrongReference postReference, BlueskyAgent agent, CancellationToken cancellationToken = default) => throw null!;
    }

    public partial class BlueskyAgent : AtProtoAgent
    {
        public BlueskyAgent() { }

        // Chat
        public Task<AtProtoHttpResult<MessageView>> SendMessage(string conversationId, string message, bool extractFacets = true, StrongReference? embeddedPost = null, ReplyReference? replyTo = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<ICollection<MessageView>>> SendMessageBatch(ICollection<BatchedMessage> batchedMessages, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<ConversationView>> GetConversationForMembers(ICollection<Did> members, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<ConversationView>> GetConversation(string id, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<PagedViewReadOnlyCollection<ConversationView>>> ListConversations(int? limit = null, string? cursor = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<PagedViewReadOnlyCollection<MessageView>>> GetMessages(string id, int? limit = null, string? cursor = null, CancellationToken cancellationToken = default) => throw null!;

        // Posts (subset of the 9 overloads)
        public Task<AtProtoHttpResult<CreateRecordResult>> Post(string text, string langs, DateTimeOffset? createdAt = null, ICollection<ThreadGateRule>? threadGateRules = null, ICollection<PostGateRule>? postGateRules = null, InteractionPreferences? interactionPreferences = null, PostSelfLabels? labels = null, ICollection<string>? tags = null, bool extractFacets = true, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<CreateRecordResult>> Post(string text, DateTimeOffset? createdAt = null, ICollection<string>? langs = null, ICollection<ThreadGateRule>? threadGateRules = null, ICollection<PostGateRule>? postGateRules = null, InteractionPreferences? interactionPreferences = null, PostSelfLabels? labels = null, ICollection<string>? tags = null, bool extractFacets = true, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<CreateRecordResult>> Post(string text, EmbeddedImage image, DateTimeOffset? createdAt = null, ICollection<string>? langs = null, ICollection<ThreadGateRule>? threadGateRules = null, ICollection<PostGateRule>? postGateRules = null, InteractionPreferences? interactionPreferences = null, PostSelfLabels? labels = null, ICollection<string>? tags = null, bool extractFacets = true, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<CreateRecordResult>> Post(Post post, ICollection<ThreadGateRule>? threadGateRules = null, ICollection<PostGateRule>? postGateRules = null, InteractionPreferences? interactionPreferences = null, bool extractFacets = true, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<CreateRecordResult>> Post(PostBuilder postBuilder, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<CreateRecordResult>> Repost(StrongReference post, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<CreateRecordResult>> Repost(AtUri uri, Cid cid, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<CreateRecordResult>> ReplyTo(StrongReference parent, string text, ICollection<string>? tags = null, bool extractFacets = true, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<CreateRecordResult>> ReplyTo(StrongReference parent, string text, EmbeddedImage image, ICollection<string>? tags = null, bool extractFacets = true, CancellationToken cancellationToken = default) => throw null!;

        // Graph
        public Task<AtProtoHttpResult<CreateRecordResult>> Follow(Handle handle, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<CreateRecordResult>> Follow(Did did, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<Commit>> Unfollow(Handle handle, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<Commit>> Unfollow(Did did, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<Commit>> DeleteFollow(AtUri uri, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<Commit>> DeleteFollow(StrongReference strongReference, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<Followers>> GetFollowers(AtIdentifier actor, int? limit = null, string? cursor = null, string? sort = null, IEnumerable<Did>? subscribedLabelers = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<Followers>> GetFollowers(int? limit = null, string? cursor = null, string? sort = null, IEnumerable<Did>? subscribedLabelers = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<Follows>> GetFollows(AtIdentifier actor, int? limit = null, string? cursor = null, string? sort = null, IEnumerable<Did>? subscribedLabelers = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<Follows>> GetFollows(int? limit = null, string? cursor = null, string? sort = null, IEnumerable<Did>? subscribedLabelers = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<Followers>> GetKnownFollowers(AtIdentifier actor, int? limit = null, string? cursor = null, IEnumerable<Did>? subscribedLabelers = null, CancellationToken cancellationToken = default) => throw null!;

        // Notifications
        public Task<AtProtoHttpResult<NotificationCollection>> ListNotifications(int? limit = null, string? cursor = null, DateTimeOffset? seenAt = null, IEnumerable<Did>? subscribedLabelers = null, CancellationToken cancellationToken = default) => throw null!;

        // Search
        public Task<AtProtoHttpResult<SearchResults>> SearchPosts(string query, SearchOrder? searchOrder = null, string? since = null, string? until = null, AtIdentifier? mentions = null, AtIdentifier? author = null, string? lang = null, string? domain = null, Uri? url = null, ICollection<string>? tags = null, int? limit = null, string? cursor = null, IEnumerable<Did>? subscribedLabelers = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<AtProtoHttpResult<PagedViewReadOnlyCollection<ProfileView>>> SearchActors(string q, int? limit = 50, string? cursor = null, IEnumerable<Did>? subscribedLabelers = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public static partial class BlueskyServer
    {
        public static Task<AtProtoHttpResult<MessageView>> SendMessage(string conversationId, MessageInput message, Uri service, AccessCredentials accessCredentials, HttpClient httpClient, Action<AtProtoCredential>? onCredentialsUpdated = null, Microsoft.Extensions.Logging.ILoggerFactory? loggerFactory = default, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace idunno.Bluesky.Actor
{
    using idunno.AtProto;

    public sealed record InteractionPreferences
    {
    }

    public record ProfileViewBasic
    {
        public Did Did { get; init; } = null!;
        public Handle Handle { get; init; } = null!;
        public string? DisplayName { get; init; }
    }

    public record ProfileView : ProfileViewBasic
    {
        public string? Description { get; init; }
    }
}

namespace idunno.Bluesky.Chat
{
    using idunno.AtProto;
    using idunno.Bluesky.Actor;

    public sealed record MessageView
    {
        public string Id { get; init; } = null!;
        public string Text { get; init; } = null!;
    }

    public sealed record ConversationView
    {
        public string Id { get; init; } = null!;
        public IReadOnlyCollection<ProfileViewBasic> Members { get; init; } = null!;
    }

    public sealed record BatchedMessage
    {
        public BatchedMessage(string conversationId, MessageInput message) { }
    }

    public sealed record MessageInput
    {
        public MessageInput(string text) { }
        public string Text { get; init; } = null!;
    }

    public sealed record ReplyReference
    {
        public ReplyReference(string messageId) { }
    }
}

namespace idunno.Bluesky.Embed
{
    public sealed record EmbeddedImage
    {
    }
}

namespace idunno.Bluesky.RichText
{
    public sealed record Facet
    {
    }
}

namespace idunno.Bluesky.Feed
{
    public enum SearchOrder { Top, Latest }

    public sealed record SearchResults
    {
        public IReadOnlyList<PostView> Posts { get; init; } = null!;
        public string? Cursor { get; init; }
    }

    public record PostView
    {
        public idunno.AtProto.AtUri Uri { get; init; } = null!;
        public idunno.AtProto.Cid Cid { get; init; } = null!;
        public idunno.Bluesky.Actor.ProfileViewBasic Author { get; init; } = null!;
    }
}

namespace idunno.Bluesky.Feed.Gates
{
    public abstract record ThreadGateRule
    {
    }

    public abstract record PostGateRule
    {
    }
}

namespace idunno.Bluesky.Graph
{
    using idunno.Bluesky.Actor;

    public sealed class Followers : idunno.Bluesky.PagedViewReadOnlyCollection<ProfileView>
    {
        public ProfileView Subject { get; } = null!;
    }

    public sealed class Follows : idunno.Bluesky.PagedViewReadOnlyCollection<ProfileView>
    {
        public ProfileView Subject { get; } = null!;
    }
}

namespace idunno.Bluesky.Notifications
{
    using idunno.AtProto;
    using idunno.Bluesky.Actor;

    public enum NotificationReason
    {
        Unknown,
        Follow,
        Like,
        Mention,
        Reply,
        Repost,
        Quote,
        StarterPackJoined,
        Verified,
        Unverified,
        LikeViaRepost,
        RepostViaRepost,
        SubscribedPost,
        ContactMatch,
    }

    public sealed record Notification
    {
        public AtUri Uri { get; init; } = null!;
        public ProfileViewBasic Author { get; init; } = null!;
        public NotificationReason Reason { get; init; }
        public string RawReason { get; init; } = null!;
        public AtUri? ReasonSubject { get; init; }
        public bool IsRead { get; init; }
    }

    public sealed class NotificationCollection : idunno.Bluesky.PagedViewReadOnlyCollection<Notification>
    {
        public DateTimeOffset? SeenAt { get; }
    }
}

#if !STUB_NO_MSEXT_SHIMS
// Minimal shim of Microsoft.Extensions.Logging.Abstractions, only so that this stub compiles alone against the
// framework reference assemblies. Define STUB_NO_MSEXT_SHIMS and reference the real package instead when a test
// needs both.
namespace Microsoft.Extensions.Logging
{
    public interface ILoggerFactory : IDisposable
    {
    }
}
#endif
