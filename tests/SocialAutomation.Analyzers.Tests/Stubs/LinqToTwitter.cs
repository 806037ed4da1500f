// assembly: LinqToTwitter
// Test stub mirroring the public shape of LINQ to Twitter 6.15 as far as bot code touches it: commands are
// instance methods of the partial class TwitterContext; reads are LINQ queries over TwitterQueryable<T>
// properties, selected by an enum compared in the where clause. Namespaces, type names, inheritance and
// member signatures follow the real library so that documentation comment ids match; bodies are empty.
#nullable enable
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

namespace LinqToTwitter.Provider
{
    public class TwitterQueryable<T> : IOrderedQueryable<T>
    {
        public Type ElementType => throw null!;
        public Expression Expression => throw null!;
        public IQueryProvider Provider => throw null!;
        public IEnumerator<T> GetEnumerator() => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => throw null!;
    }
}

namespace LinqToTwitter.OAuth
{
    public interface ICredentialStore
    {
        string? ConsumerKey { get; set; }
        string? ConsumerSecret { get; set; }
        string? OAuthToken { get; set; }
        string? OAuthTokenSecret { get; set; }
    }

    public class InMemoryCredentialStore : ICredentialStore
    {
        public string? ConsumerKey { get; set; }
        public string? ConsumerSecret { get; set; }
        public string? OAuthToken { get; set; }
        public string? OAuthTokenSecret { get; set; }
    }

    public interface IAuthorizer
    {
        ICredentialStore? CredentialStore { get; set; }
        Task AuthorizeAsync();
    }

    public class AuthorizerBase : IAuthorizer
    {
        public ICredentialStore? CredentialStore { get; set; }
        public virtual Task AuthorizeAsync() => throw null!;
    }

    public class SingleUserAuthorizer : AuthorizerBase
    {
    }

    public class ApplicationOnlyAuthorizer : AuthorizerBase
    {
    }
}

namespace LinqToTwitter.Common
{
    public enum TweetMode { Compat, Extended }

    public class InvalidQueryException : Exception
    {
        public InvalidQueryException() { }
        public InvalidQueryException(string message) : base(message) { }
    }

    public class TwitterQueryException : InvalidQueryException
    {
        public TwitterQueryException() { }
        public TwitterQueryException(string message) : base(message) { }
        public HttpStatusCode StatusCode { get; set; }
        public string? ReasonPhrase { get; set; }
        public string? Title { get; set; }
        public string? Details { get; set; }
        public List<TwitterError>? Errors { get; set; }
    }

    public class TwitterError
    {
        public int Code { get; set; }
        public string? Message { get; set; }
    }
}

namespace LinqToTwitter
{
    using LinqToTwitter.OAuth;
    using LinqToTwitter.Provider;

    public partial class TwitterContext : IDisposable
    {
        public TwitterContext(IAuthorizer authorizer) { }

        public int RateLimitCurrent { get; set; }
        public int RateLimitRemaining { get; set; }
        public int RateLimitReset { get; set; }
        public int MediaRateLimitCurrent { get; set; }
        public int MediaRateLimitRemaining { get; set; }
        public int MediaRateLimitReset { get; set; }

        // Query sources.
        public TwitterQueryable<AccountActivity> AccountActivity => throw null!;
        public TwitterQueryable<DirectMessageEvents> DirectMessageEvents => throw null!;
        public TwitterQueryable<Friendship> Friendship => throw null!;
        public TwitterQueryable<Help> Help => throw null!;
        public TwitterQueryable<Search> Search => throw null!;
        public TwitterQueryable<Status> Status => throw null!;
        public TwitterQueryable<Streaming> Streaming => throw null!;
        public TwitterQueryable<TweetQuery> Tweets => throw null!;
        public TwitterQueryable<TwitterSearch> TwitterSearch => throw null!;
        public TwitterQueryable<TwitterUserQuery> TwitterUser => throw null!;
        public TwitterQueryable<User> User => throw null!;

        // Direct messages (v1.1 DM events).
        public Task<DirectMessageEvents?> NewDirectMessageEventAsync(ulong recipientID, string text, CancellationToken cancelToken = default) => throw null!;
        public Task<DirectMessageEvents?> NewDirectMessageEventAsync(ulong recipientID, string text, ulong mediaId, CancellationToken cancelToken = default) => throw null!;
        public Task<DirectMessageEvents?> NewDirectMessageEventAsync(ulong recipientID, string text, double latitude, double longitude, CancellationToken cancelToken = default) => throw null!;
        public Task<DirectMessageEvents?> NewDirectMessageEventAsync(ulong recipientID, string text, string placeID, CancellationToken cancelToken = default) => throw null!;
        public Task<DirectMessageEvents?> NewDirectMessageEventAsync(ulong recipientID, string text, Attachment? attachment, QuickReply? quickReply, IEnumerable<CallToAction>? callToActions, CancellationToken cancelToken = default) => throw null!;
        public Task<DirectMessageEvents?> RequestQuickReplyOptionsAsync(ulong recipientID, string text, IEnumerable<QuickReplyOption> options, CancellationToken cancelToken = default) => throw null!;
        public Task<DirectMessageEvents?> RequestButtonChoiceAsync(ulong recipientID, string text, IEnumerable<CallToAction> callToActions, CancellationToken cancelToken = default) => throw null!;

        // Tweets (v2).
        public Task<Tweet?> TweetAsync(string text, Uri? directMessageLink = null, bool forSuperFollowersOnly = false, TweetGeo? geo = null, string? quoteTweetID = null, TweetReplySettings? replySettings = null, CancellationToken cancelToken = default) => throw null!;
        public Task<Tweet?> TweetMediaAsync(string text, IEnumerable<string> mediaIds, IEnumerable<string>? taggedUserIds = null, Uri? directMessageLink = null, bool forSuperFollowersOnly = false, TweetGeo? geo = null, string? quoteTweetID = null, TweetReplySettings? replySettings = null, CancellationToken cancelToken = default) => throw null!;
        public Task<Tweet?> TweetPollAsync(string text, int duration, IEnumerable<string>? options = null, Uri? directMessageLink = null, bool forSuperFollowersOnly = false, TweetGeo? geo = null, string? quoteTweetID = null, TweetReplySettings? replySettings = null, CancellationToken cancelToken = default) => throw null!;
        public Task<Tweet?> ReplyAsync(string text, string replyTweetID, IEnumerable<string>? excludeUserIds = null, Uri? directMessageLink = null, bool forSuperFollowersOnly = false, TweetGeo? geo = null, string? quoteTweetID = null, TweetReplySettings? replySettings = null, CancellationToken cancelToken = default) => throw null!;
        public Task<TweetDeletedResponse?> DeleteTweetAsync(string tweetID, CancellationToken cancelToken = default) => throw null!;

        // Retweets.
        public virtual Task<Status?> RetweetAsync(ulong tweetID, CancellationToken cancelToken = default) => throw null!;
        public Task<RetweetResponse?> RetweetAsync(string userID, string tweetID, CancellationToken cancelToken = default) => throw null!;

        // Friendships (v1.1).
        public Task<User?> CreateFriendshipAsync(ulong userID, bool follow, CancellationToken cancelToken = default) => throw null!;
        public Task<User?> CreateFriendshipAsync(string screenName, bool follow, CancellationToken cancelToken = default) => throw null!;
        public Task<User?> DestroyFriendshipAsync(ulong userID, CancellationToken cancelToken = default) => throw null!;
        public Task<User?> DestroyFriendshipAsync(string screenName, CancellationToken cancelToken = default) => throw null!;

        // Follows (v2).
        public Task<TwitterUserFollowResponse?> FollowAsync(string sourceUserID, string targetUserID, CancellationToken cancelToken = default) => throw null!;
        public Task<TwitterUserFollowResponse?> UnFollowAsync(string sourceUserID, string targetUserID, CancellationToken cancelToken = default) => throw null!;

        public void Dispose() { }
    }

    public static class TwitterExtensions
    {
        public static Task<List<Streaming>> StartAsync(this IQueryable<Streaming> streaming, Func<StreamContent, Task> callback) => throw null!;
        public static Task<List<T>> ToListAsync<T>(this IQueryable<T> query) => throw null!;
        public static Task<T?> FirstOrDefaultAsync<T>(this IQueryable<T> query) => throw null!;
        public static Task<T?> SingleOrDefaultAsync<T>(this IQueryable<T> query) => throw null!;
        public static Task<T> FirstAsync<T>(this IQueryable<T> query) => throw null!;
        public static Task<T> SingleAsync<T>(this IQueryable<T> query) => throw null!;
    }

    public enum TweetReplySettings { None, Everyone, MentionedUsers, Following }

    public class TweetGeo
    {
        public string? PlaceID { get; set; }
    }

    public class Tweet
    {
        public string? ID { get; set; }
        public string? Text { get; set; }
        public string? AuthorID { get; set; }
        public string? InReplyToUserID { get; set; }
    }

    public class TweetDeletedResponse
    {
    }

    public class RetweetResponse
    {
    }

    public class TwitterUserFollowResponse
    {
    }

    public class Attachment
    {
    }

    public class QuickReply
    {
    }

    public class QuickReplyOption
    {
        public string? Label { get; set; }
    }

    public class CallToAction
    {
        public string? Label { get; set; }
        public string? Url { get; set; }
    }

    // Direct messages.
    public enum DirectMessageEventsType { List, Show }

    public class DirectMessageEvents
    {
        public DirectMessageEventsType Type { get; set; }
        public string? ID { get; set; }
        public int Count { get; set; }
        public string? Cursor { get; set; }
        public DirectMessageEventsValue? Value { get; set; }
    }

    public class DirectMessageEventsValue
    {
        public List<DMEvent>? DMEvents { get; set; }
    }

    public class DMEvent
    {
        public string? ID { get; set; }
        public DirectMessageCreate? MessageCreate { get; set; }
    }

    public class DirectMessageCreate
    {
        public string? SenderID { get; set; }
        public string? RecipientID { get; set; }
    }

    // Friendships (v1.1 queries).
    public enum FriendshipType
    {
        Show,
        FollowerIDs,
        FollowersList,
        FriendIDs,
        FriendsList,
        Incoming,
        Lookup,
        NoRetweetIDs,
        Outgoing,
    }

    public class Friendship
    {
        public FriendshipType Type { get; set; }
        public string? ScreenName { get; set; }
        public ulong UserID { get; set; }
        public long Cursor { get; set; }
        public int Count { get; set; }
        public List<User>? Users { get; set; }
        public IDList? IDInfo { get; set; }
        public Cursors? CursorMovement { get; set; }
    }

    public class IDList
    {
        public List<ulong>? IDs { get; set; }
    }

    public class Cursors
    {
        public long Next { get; set; }
        public long Previous { get; set; }
    }

    // Users.
    public enum UserType
    {
        Show,
        Lookup,
        Search,
        BannerSize,
        BannerSizes,
        Contributees,
        Contributors,
        IdLookup,
        UsernameLookup,
        Me,
        Followers,
        Following,
        BlockedUsers,
        MutedUsers,
    }

    public class User
    {
        public UserType Type { get; set; }
        public string? Query { get; set; }
        public string? ScreenName { get; set; }
        public string? ScreenNameResponse { get; set; }
        public string? UserIDResponse { get; set; }
        public string? Name { get; set; }
        public int FollowersCount { get; set; }
        public int Page { get; set; }
        public int Count { get; set; }
    }

    public class TwitterUserQuery
    {
        public UserType Type { get; set; }
        public string? ID { get; set; }
        public string? Usernames { get; set; }
        public int MaxResults { get; set; }
        public string? PaginationToken { get; set; }
        public List<TwitterUser>? Users { get; set; }
    }

    public class TwitterUser
    {
        public string? ID { get; set; }
        public string? Username { get; set; }
        public string? Name { get; set; }
    }

    // Statuses (v1.1) and tweets (v2).
    public enum StatusType
    {
        Conversation,
        Home,
        Lookup,
        Mentions,
        Oembed,
        Retweeters,
        RetweetsOfMe,
        Retweets,
        Show,
        User,
    }

    public class Status
    {
        public StatusType Type { get; set; }
        public ulong StatusID { get; set; }
        public ulong ID { get; set; }
        public ulong UserID { get; set; }
        public string? ScreenName { get; set; }
        public string? Text { get; set; }
        public string? FullText { get; set; }
        public int Count { get; set; }
        public ulong SinceID { get; set; }
        public ulong MaxID { get; set; }
        public ulong InReplyToStatusID { get; set; }
        public User? User { get; set; }
    }

    public enum TweetType
    {
        Lookup,
        MentionsTimeline,
        TweetsTimeline,
        ReverseChronologicalTimeline,
    }

    public class TweetQuery
    {
        public TweetType Type { get; set; }
        public string? ID { get; set; }
        public string? Ids { get; set; }
        public int MaxResults { get; set; }
        public string? SinceID { get; set; }
        public List<Tweet>? Tweets { get; set; }
    }

    // Search.
    public enum SearchType
    {
        Search,
        RecentSearch,
        FullSearch,
    }

    public class Search
    {
        public SearchType Type { get; set; }
        public string? Query { get; set; }
        public int Count { get; set; }
        public List<Status>? Statuses { get; set; }
    }

    public class TwitterSearch
    {
        public SearchType Type { get; set; }
        public string? Query { get; set; }
        public int MaxResults { get; set; }
        public List<Tweet>? Tweets { get; set; }
    }

    // Streaming.
    public enum StreamingType
    {
        Filter,
        Sample,
    }

    public enum StreamEntityType
    {
        Unknown,
        Tweet,
    }

    public class Streaming
    {
        public StreamingType Type { get; set; }
        public string? Track { get; set; }
    }

    public class StreamContent
    {
        public string Content { get; } = null!;
        public StreamEntityType EntityType { get; set; }
        public object? Entity { get; set; }
        public void CloseStream() { }
    }

    // Account activity and help.
    public enum AccountActivityType
    {
        Subscriptions,
        Webhooks,
    }

    public class AccountActivity
    {
        public AccountActivityType Type { get; set; }
    }

    public enum HelpType
    {
        Configuration,
        Languages,
        RateLimits,
    }

    public class Help
    {
        public HelpType Type { get; set; }
        public Dictionary<string, List<RateLimits>>? RateLimits { get; set; }
    }

    public class RateLimits
    {
        public string? Resource { get; set; }
        public int Limit { get; set; }
        public int Remaining { get; set; }
        public ulong Reset { get; set; }
    }
}
