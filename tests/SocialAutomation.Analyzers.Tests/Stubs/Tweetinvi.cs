// assembly: Tweetinvi
// Test stub mirroring the public shape of Tweetinvi 5.0.4 (client API: TwitterClient and its interface-typed
// sub-clients) as far as bot code touches it. Namespaces, type names, inheritance and member signatures follow
// the real library so that documentation comment ids match; bodies are empty.
// Note the real namespaces: IAccountActivityStream/IFilteredStream are in Tweetinvi.Streaming, the
// AccountActivityStream class in Tweetinvi.Streams, ITrackableStream<T> in Tweetinvi.Core.Streaming.
// Tweetinvi does not use nullable reference annotations.
#nullable disable
#pragma warning disable CS0067 // events are never used
using System;
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;

namespace Tweetinvi
{
    using Tweetinvi.Client;
    using Tweetinvi.Client.V2;
    using Tweetinvi.Core.Events;
    using Tweetinvi.Core.Exceptions;
    using Tweetinvi.Events;
    using Tweetinvi.Models;

    public enum RateLimitTrackerMode { None, TrackAndAwait, TrackOnly }

    public enum TweetMode { Extended = 0, Compat = 1, None = 2 }

    public interface ITweetinviSettings
    {
        RateLimitTrackerMode RateLimitTrackerMode { get; set; }
        TimeSpan HttpRequestTimeout { get; set; }
        TweetMode? TweetMode { get; set; }
    }

    public class TweetinviSettings : ITweetinviSettings
    {
        public RateLimitTrackerMode RateLimitTrackerMode { get; set; }
        public TimeSpan HttpRequestTimeout { get; set; }
        public TweetMode? TweetMode { get; set; }
    }

    public interface ITwitterClient
    {
        IAccountActivityClient AccountActivity { get; }
        IMessagesClient Messages { get; }
        IRateLimitsClient RateLimits { get; }
        ISearchClient Search { get; }
        IStreamsClient Streams { get; }
        ITimelinesClient Timelines { get; }
        ITweetsClient Tweets { get; }
        IUsersClient Users { get; }
        ISearchV2Client SearchV2 { get; }
        ITweetinviSettings Config { get; }
        IExternalClientEvents Events { get; }
        IReadOnlyTwitterCredentials Credentials { get; }
    }

    public class TwitterClient : ITwitterClient
    {
        public TwitterClient(IReadOnlyTwitterCredentials credentials) { }
        public TwitterClient(string consumerKey, string consumerSecret) { }
        public TwitterClient(string consumerKey, string consumerSecret, string bearerToken) { }
        public TwitterClient(string consumerKey, string consumerSecret, string accessToken, string accessSecret) { }
        public IAccountActivityClient AccountActivity => throw null!;
        public IMessagesClient Messages => throw null!;
        public IRateLimitsClient RateLimits => throw null!;
        public ISearchClient Search => throw null!;
        public IStreamsClient Streams => throw null!;
        public ITimelinesClient Timelines => throw null!;
        public ITweetsClient Tweets => throw null!;
        public IUsersClient Users => throw null!;
        public ISearchV2Client SearchV2 => throw null!;
        public ITweetinviSettings Config => throw null!;
        public IExternalClientEvents Events => throw null!;
        public IReadOnlyTwitterCredentials Credentials => throw null!;
    }

    public static class TweetinviEvents
    {
        public static event EventHandler<WaitingForRateLimitEventArgs> WaitingForRateLimit;
        public static event EventHandler<ITwitterException> OnTwitterException;
    }
}

namespace Tweetinvi.Models
{
    using Tweetinvi.Parameters;
    using Tweetinvi.Iterators;

    public interface IReadOnlyTwitterCredentials
    {
        string ConsumerKey { get; }
        string AccessToken { get; }
    }

    public interface ITwitterCredentials : IReadOnlyTwitterCredentials
    {
        new string ConsumerKey { get; set; }
        new string AccessToken { get; set; }
    }

    public class TwitterCredentials : ITwitterCredentials
    {
        public TwitterCredentials() { }
        public TwitterCredentials(string consumerKey, string consumerSecret, string accessToken, string accessTokenSecret) { }
        public string ConsumerKey { get; set; }
        public string AccessToken { get; set; }
    }

    public interface IUserIdentifier
    {
        long Id { get; set; }
        string IdStr { get; set; }
        string ScreenName { get; set; }
    }

    public class UserIdentifier : IUserIdentifier
    {
        public UserIdentifier(long userId) { }
        public UserIdentifier(string username) { }
        public long Id { get; set; }
        public string IdStr { get; set; }
        public string ScreenName { get; set; }
    }

    public interface ITweetIdentifier
    {
        long Id { get; set; }
        string IdStr { get; set; }
    }

    public class TweetIdentifier : ITweetIdentifier
    {
        public TweetIdentifier(long id) { }
        public long Id { get; set; }
        public string IdStr { get; set; }
    }

    public interface IGeoCode
    {
        double Radius { get; set; }
    }

    public interface IUser : IUserIdentifier, IEquatable<IUser>
    {
        string Name { get; }
        string Description { get; }
        int FollowersCount { get; }
        int FriendsCount { get; }
        bool Verified { get; }
        bool Protected { get; }
        ITwitterIterator<long> GetFriendIds();
        IMultiLevelCursorIterator<long, IUser> GetFriends();
        ITwitterIterator<long> GetFollowerIds();
        IMultiLevelCursorIterator<long, IUser> GetFollowers();
    }

    public interface IAuthenticatedUser : IUser
    {
        string Email { get; }
        Task<ITweet> PublishTweetAsync(string text);
        Task<ITweet> PublishTweetAsync(IPublishTweetParameters parameters);
        Task<IMessage> PublishMessageAsync(IPublishMessageParameters publishMessageParameters);
        Task<ITweet[]> GetMentionsTimelineAsync();
        Task<IMessage[]> GetLatestMessagesAsync();
        Task FollowUserAsync(IUserIdentifier user);
        Task FollowUserAsync(long userId);
        Task FollowUserAsync(string screenName);
        Task UnfollowUserAsync(IUserIdentifier user);
        Task UnfollowUserAsync(long userId);
        Task UnfollowUserAsync(string username);
    }

    public interface ITweet : ITweetIdentifier, IEquatable<ITweet>
    {
        string Text { get; }
        string FullText { get; set; }
        IUser CreatedBy { get; }
        long? InReplyToStatusId { get; set; }
        long? InReplyToUserId { get; set; }
        string InReplyToScreenName { get; set; }
        DateTimeOffset CreatedAt { get; }
        Task<ITweet> PublishRetweetAsync();
    }

    public interface IMessage
    {
        long Id { get; }
        string Text { get; }
        long SenderId { get; }
        long RecipientId { get; }
        IUser Sender { get; }
        IUser Recipient { get; }
    }

    public interface IAccountActivityRequestHandler
    {
        Task<bool> IsRequestManagedByTweetinviAsync(object request);
        Streaming.IAccountActivityStream GetAccountActivityStream(long userId, string environment);
    }

    public interface IEndpointRateLimit
    {
        int Remaining { get; }
        DateTime ResetDateTime { get; }
    }

    public interface ICredentialsRateLimits
    {
        DateTime CreatedAt { get; }
    }

    public enum RateLimitsSource { CacheOrTwitterApi = 1, CacheOnly = 2, TwitterApiOnly = 3 }
}

namespace Tweetinvi.Models.V2
{
    public class SearchTweetsV2Response
    {
        public TweetV2[] Tweets { get; set; }
    }

    public class TweetV2
    {
        public string Id { get; set; }
        public string Text { get; set; }
        public string AuthorId { get; set; }
    }
}

namespace Tweetinvi.Iterators
{
    public interface ITwitterIterator<TItemCollection, TCursor>
    {
        bool Completed { get; }
        TCursor NextCursor { get; }
        Task<IEnumerable<TItemCollection>> NextPageAsync();
    }

    public interface ITwitterIterator<T> : ITwitterIterator<T, string>
    {
    }

    public interface IMultiLevelCursorIterator<TParent, TItem>
    {
        bool Completed { get; }
        Task<IEnumerable<TItem>> NextPageAsync();
    }
}

namespace Tweetinvi.Parameters
{
    using Tweetinvi.Models;

    public interface ICustomRequestParameters
    {
    }

    public class CustomRequestParameters : ICustomRequestParameters
    {
    }

    public interface IPublishTweetParameters : ICustomRequestParameters
    {
        string Text { get; set; }
        ITweetIdentifier InReplyToTweet { get; set; }
        long? InReplyToTweetId { get; set; }
        ITweetIdentifier QuotedTweet { get; set; }
        bool? AutoPopulateReplyMetadata { get; set; }
        IEnumerable<long> ExcludeReplyUserIds { get; set; }
        List<long> MediaIds { get; set; }
    }

    public class PublishTweetParameters : CustomRequestParameters, IPublishTweetParameters
    {
        public PublishTweetParameters() { }
        public PublishTweetParameters(string text) { }
        public PublishTweetParameters(IPublishTweetParameters source) { }
        public string Text { get; set; }
        public ITweetIdentifier InReplyToTweet { get; set; }
        public long? InReplyToTweetId { get; set; }
        public ITweetIdentifier QuotedTweet { get; set; }
        public bool? AutoPopulateReplyMetadata { get; set; }
        public IEnumerable<long> ExcludeReplyUserIds { get; set; }
        public List<long> MediaIds { get; set; }
    }

    public interface IPublishRetweetParameters : ICustomRequestParameters
    {
        ITweetIdentifier Tweet { get; set; }
    }

    public interface IPublishMessageParameters : ICustomRequestParameters
    {
        string Text { get; set; }
        long RecipientId { get; set; }
        long? MediaId { get; set; }
    }

    public class PublishMessageParameters : CustomRequestParameters, IPublishMessageParameters
    {
        public PublishMessageParameters(string text, long recipientId) { }
        public string Text { get; set; }
        public long RecipientId { get; set; }
        public long? MediaId { get; set; }
    }

    public interface IGetMessagesParameters : ICustomRequestParameters
    {
        int PageSize { get; set; }
    }

    public interface IFollowUserParameters : ICustomRequestParameters
    {
        IUserIdentifier User { get; set; }
    }

    public class FollowUserParameters : CustomRequestParameters, IFollowUserParameters
    {
        public FollowUserParameters(long userId) { }
        public FollowUserParameters(string username) { }
        public FollowUserParameters(IUserIdentifier user) { }
        public IUserIdentifier User { get; set; }
    }

    public interface IUnfollowUserParameters : ICustomRequestParameters
    {
        IUserIdentifier User { get; set; }
    }

    public class UnfollowUserParameters : CustomRequestParameters, IUnfollowUserParameters
    {
        public UnfollowUserParameters(long userId) { }
        public UnfollowUserParameters(string username) { }
        public UnfollowUserParameters(IUserIdentifier user) { }
        public IUserIdentifier User { get; set; }
    }

    public interface IGetFollowerIdsParameters : ICustomRequestParameters
    {
        IUserIdentifier User { get; set; }
    }

    public class GetFollowerIdsParameters : CustomRequestParameters, IGetFollowerIdsParameters
    {
        public GetFollowerIdsParameters(long userId) { }
        public GetFollowerIdsParameters(string username) { }
        public IUserIdentifier User { get; set; }
    }

    public interface IGetFollowersParameters : ICustomRequestParameters
    {
        IUserIdentifier User { get; set; }
    }

    public class GetFollowersParameters : CustomRequestParameters, IGetFollowersParameters
    {
        public GetFollowersParameters(long userId) { }
        public GetFollowersParameters(string username) { }
        public IUserIdentifier User { get; set; }
    }

    public interface IGetFriendIdsParameters : ICustomRequestParameters
    {
        IUserIdentifier User { get; set; }
    }

    public interface IGetFriendsParameters : ICustomRequestParameters
    {
        IUserIdentifier User { get; set; }
    }

    public interface IGetUserIdsRequestingFriendshipParameters : ICustomRequestParameters
    {
    }

    public interface IGetUsersRequestingFriendshipParameters : ICustomRequestParameters
    {
    }

    public interface IGetMentionsTimelineParameters : ICustomRequestParameters
    {
        int PageSize { get; set; }
    }

    public interface ISearchTweetsParameters : ICustomRequestParameters
    {
        string Query { get; set; }
    }

    public class SearchTweetsParameters : CustomRequestParameters, ISearchTweetsParameters
    {
        public SearchTweetsParameters(string query) { }
        public string Query { get; set; }
    }

    public interface ISearchUsersParameters : ICustomRequestParameters
    {
        string Query { get; set; }
    }

    public interface ICreateFilteredTweetStreamParameters : ICustomRequestParameters
    {
    }
}

namespace Tweetinvi.Parameters.V2
{
    public interface ISearchTweetsV2Parameters : Tweetinvi.Parameters.ICustomRequestParameters
    {
        string Query { get; set; }
    }
}

namespace Tweetinvi.Client
{
    using Tweetinvi.Iterators;
    using Tweetinvi.Models;
    using Tweetinvi.Parameters;
    using Tweetinvi.Streaming;

    public interface IMessagesClient
    {
        Task<IMessage> PublishMessageAsync(string text, IUserIdentifier recipient);
        Task<IMessage> PublishMessageAsync(string text, long recipientId);
        Task<IMessage> PublishMessageAsync(IPublishMessageParameters parameters);
        Task<IMessage> GetMessageAsync(long messageId);
        Task<IMessage[]> GetMessagesAsync();
        Task<IMessage[]> GetMessagesAsync(IGetMessagesParameters parameters);
        ITwitterIterator<IMessage> GetMessagesIterator();
        ITwitterIterator<IMessage> GetMessagesIterator(IGetMessagesParameters parameters);
        Task DestroyMessageAsync(long messageId);
    }

    public class MessagesClient : IMessagesClient
    {
        public Task<IMessage> PublishMessageAsync(string text, IUserIdentifier recipient) => throw null!;
        public Task<IMessage> PublishMessageAsync(string text, long recipientId) => throw null!;
        public Task<IMessage> PublishMessageAsync(IPublishMessageParameters parameters) => throw null!;
        public Task<IMessage> GetMessageAsync(long messageId) => throw null!;
        public Task<IMessage[]> GetMessagesAsync() => throw null!;
        public Task<IMessage[]> GetMessagesAsync(IGetMessagesParameters parameters) => throw null!;
        public ITwitterIterator<IMessage> GetMessagesIterator() => throw null!;
        public ITwitterIterator<IMessage> GetMessagesIterator(IGetMessagesParameters parameters) => throw null!;
        public Task DestroyMessageAsync(long messageId) => throw null!;
    }

    public interface ITweetsClient
    {
        Task<ITweet> GetTweetAsync(long tweetId);
        Task<ITweet> PublishTweetAsync(string text);
        Task<ITweet> PublishTweetAsync(IPublishTweetParameters parameters);
        Task<ITweet> PublishRetweetAsync(long tweetId);
        Task<ITweet> PublishRetweetAsync(ITweetIdentifier tweet);
        Task<ITweet> PublishRetweetAsync(IPublishRetweetParameters parameters);
        Task DestroyTweetAsync(long tweetId);
    }

    public class TweetsClient : ITweetsClient
    {
        public Task<ITweet> GetTweetAsync(long tweetId) => throw null!;
        public Task<ITweet> PublishTweetAsync(string text) => throw null!;
        public Task<ITweet> PublishTweetAsync(IPublishTweetParameters parameters) => throw null!;
        public Task<ITweet> PublishRetweetAsync(long tweetId) => throw null!;
        public Task<ITweet> PublishRetweetAsync(ITweetIdentifier tweet) => throw null!;
        public Task<ITweet> PublishRetweetAsync(IPublishRetweetParameters parameters) => throw null!;
        public Task DestroyTweetAsync(long tweetId) => throw null!;
    }

    public interface IUsersClient
    {
        Task<IAuthenticatedUser> GetAuthenticatedUserAsync();
        Task<IUser> GetUserAsync(long userId);
        Task<IUser> GetUserAsync(string username);
        Task<IUser> FollowUserAsync(long userId);
        Task<IUser> FollowUserAsync(string username);
        Task<IUser> FollowUserAsync(IUserIdentifier user);
        Task<IUser> FollowUserAsync(IFollowUserParameters parameters);
        Task<IUser> UnfollowUserAsync(long userId);
        Task<IUser> UnfollowUserAsync(string username);
        Task<IUser> UnfollowUserAsync(IUserIdentifier user);
        Task<IUser> UnfollowUserAsync(IUnfollowUserParameters parameters);
        Task<long[]> GetFollowerIdsAsync(long userId);
        Task<long[]> GetFollowerIdsAsync(string username);
        Task<long[]> GetFollowerIdsAsync(IUserIdentifier user);
        Task<long[]> GetFollowerIdsAsync(IGetFollowerIdsParameters parameters);
        ITwitterIterator<long> GetFollowerIdsIterator(long userId);
        ITwitterIterator<long> GetFollowerIdsIterator(string username);
        ITwitterIterator<long> GetFollowerIdsIterator(IUserIdentifier userIdentifier);
        ITwitterIterator<long> GetFollowerIdsIterator(IGetFollowerIdsParameters parameters);
        Task<IUser[]> GetFollowersAsync(long userId);
        Task<IUser[]> GetFollowersAsync(string username);
        Task<IUser[]> GetFollowersAsync(IUserIdentifier user);
        Task<IUser[]> GetFollowersAsync(IGetFollowersParameters parameters);
        IMultiLevelCursorIterator<long, IUser> GetFollowersIterator(IGetFollowersParameters parameters);
        Task<long[]> GetFriendIdsAsync(string username);
        Task<long[]> GetFriendIdsAsync(long userId);
        Task<long[]> GetFriendIdsAsync(IUserIdentifier user);
        Task<long[]> GetFriendIdsAsync(IGetFriendIdsParameters parameters);
        ITwitterIterator<long> GetFriendIdsIterator(string username);
        ITwitterIterator<long> GetFriendIdsIterator(long userId);
        ITwitterIterator<long> GetFriendIdsIterator(IUserIdentifier userIdentifier);
        ITwitterIterator<long> GetFriendIdsIterator(IGetFriendIdsParameters parameters);
        Task<IUser[]> GetFriendsAsync(long userId);
        Task<IUser[]> GetFriendsAsync(string username);
        Task<IUser[]> GetFriendsAsync(IUserIdentifier user);
        Task<IUser[]> GetFriendsAsync(IGetFriendsParameters parameters);
        IMultiLevelCursorIterator<long, IUser> GetFriendsIterator(IGetFriendsParameters parameters);
        Task<long[]> GetUserIdsRequestingFriendshipAsync();
        Task<long[]> GetUserIdsRequestingFriendshipAsync(IGetUserIdsRequestingFriendshipParameters parameters);
        Task<IUser[]> GetUsersRequestingFriendshipAsync();
        Task<IUser[]> GetUsersRequestingFriendshipAsync(IGetUsersRequestingFriendshipParameters parameters);
    }

    public class UsersClient : IUsersClient
    {
        public Task<IAuthenticatedUser> GetAuthenticatedUserAsync() => throw null!;
        public Task<IUser> GetUserAsync(long userId) => throw null!;
        public Task<IUser> GetUserAsync(string username) => throw null!;
        public Task<IUser> FollowUserAsync(long userId) => throw null!;
        public Task<IUser> FollowUserAsync(string username) => throw null!;
        public Task<IUser> FollowUserAsync(IUserIdentifier user) => throw null!;
        public Task<IUser> FollowUserAsync(IFollowUserParameters parameters) => throw null!;
        public Task<IUser> UnfollowUserAsync(long userId) => throw null!;
        public Task<IUser> UnfollowUserAsync(string username) => throw null!;
        public Task<IUser> UnfollowUserAsync(IUserIdentifier user) => throw null!;
        public Task<IUser> UnfollowUserAsync(IUnfollowUserParameters parameters) => throw null!;
        public Task<long[]> GetFollowerIdsAsync(long userId) => throw null!;
        public Task<long[]> GetFollowerIdsAsync(string username) => throw null!;
        public Task<long[]> GetFollowerIdsAsync(IUserIdentifier user) => throw null!;
        public Task<long[]> GetFollowerIdsAsync(IGetFollowerIdsParameters parameters) => throw null!;
        public ITwitterIterator<long> GetFollowerIdsIterator(long userId) => throw null!;
        public ITwitterIterator<long> GetFollowerIdsIterator(string username) => throw null!;
        public ITwitterIterator<long> GetFollowerIdsIterator(IUserIdentifier userIdentifier) => throw null!;
        public ITwitterIterator<long> GetFollowerIdsIterator(IGetFollowerIdsParameters parameters) => throw null!;
        public Task<IUser[]> GetFollowersAsync(long userId) => throw null!;
        public Task<IUser[]> GetFollowersAsync(string username) => throw null!;
        public Task<IUser[]> GetFollowersAsync(IUserIdentifier user) => throw null!;
        public Task<IUser[]> GetFollowersAsync(IGetFollowersParameters parameters) => throw null!;
        public IMultiLevelCursorIterator<long, IUser> GetFollowersIterator(IGetFollowersParameters parameters) => throw null!;
        public Task<long[]> GetFriendIdsAsync(string username) => throw null!;
        public Task<long[]> GetFriendIdsAsync(long userId) => throw null!;
        public Task<long[]> GetFriendIdsAsync(IUserIdentifier user) => throw null!;
        public Task<long[]> GetFriendIdsAsync(IGetFriendIdsParameters parameters) => throw null!;
        public ITwitterIterator<long> GetFriendIdsIterator(string username) => throw null!;
        public ITwitterIterator<long> GetFriendIdsIterator(long userId) => throw null!;
        public ITwitterIterator<long> GetFriendIdsIterator(IUserIdentifier userIdentifier) => throw null!;
        public ITwitterIterator<long> GetFriendIdsIterator(IGetFriendIdsParameters parameters) => throw null!;
        public Task<IUser[]> GetFriendsAsync(long userId) => throw null!;
        public Task<IUser[]> GetFriendsAsync(string username) => throw null!;
        public Task<IUser[]> GetFriendsAsync(IUserIdentifier user) => throw null!;
        public Task<IUser[]> GetFriendsAsync(IGetFriendsParameters parameters) => throw null!;
        public IMultiLevelCursorIterator<long, IUser> GetFriendsIterator(IGetFriendsParameters parameters) => throw null!;
        public Task<long[]> GetUserIdsRequestingFriendshipAsync() => throw null!;
        public Task<long[]> GetUserIdsRequestingFriendshipAsync(IGetUserIdsRequestingFriendshipParameters parameters) => throw null!;
        public Task<IUser[]> GetUsersRequestingFriendshipAsync() => throw null!;
        public Task<IUser[]> GetUsersRequestingFriendshipAsync(IGetUsersRequestingFriendshipParameters parameters) => throw null!;
    }

    public interface ITimelinesClient
    {
        Task<ITweet[]> GetHomeTimelineAsync();
        Task<ITweet[]> GetMentionsTimelineAsync();
        Task<ITweet[]> GetMentionsTimelineAsync(IGetMentionsTimelineParameters parameters);
        ITwitterIterator<ITweet, long?> GetMentionsTimelineIterator();
        ITwitterIterator<ITweet, long?> GetMentionsTimelineIterator(IGetMentionsTimelineParameters parameters);
    }

    public class TimelinesClient : ITimelinesClient
    {
        public Task<ITweet[]> GetHomeTimelineAsync() => throw null!;
        public Task<ITweet[]> GetMentionsTimelineAsync() => throw null!;
        public Task<ITweet[]> GetMentionsTimelineAsync(IGetMentionsTimelineParameters parameters) => throw null!;
        public ITwitterIterator<ITweet, long?> GetMentionsTimelineIterator() => throw null!;
        public ITwitterIterator<ITweet, long?> GetMentionsTimelineIterator(IGetMentionsTimelineParameters parameters) => throw null!;
    }

    public interface ISearchClient
    {
        Task<ITweet[]> SearchTweetsAsync(string query);
        Task<ITweet[]> SearchTweetsAsync(IGeoCode geoCode);
        Task<ITweet[]> SearchTweetsAsync(ISearchTweetsParameters parameters);
        Task<ISearchResults> SearchTweetsWithMetadataAsync(string query);
        Task<ISearchResults> SearchTweetsWithMetadataAsync(ISearchTweetsParameters parameters);
        ITwitterIterator<ITweet, long?> GetSearchTweetsIterator(string query);
        ITwitterIterator<ITweet, long?> GetSearchTweetsIterator(ISearchTweetsParameters parameters);
        Task<IUser[]> SearchUsersAsync(string query);
        Task<IUser[]> SearchUsersAsync(ISearchUsersParameters parameters);
        ITwitterIterator<IUser, int?> GetSearchUsersIterator(string query);
        ITwitterIterator<IUser, int?> GetSearchUsersIterator(ISearchUsersParameters parameters);
    }

    public interface ISearchResults
    {
        ITweet[] Tweets { get; }
    }

    public class SearchClient : ISearchClient
    {
        public Task<ITweet[]> SearchTweetsAsync(string query) => throw null!;
        public Task<ITweet[]> SearchTweetsAsync(IGeoCode geoCode) => throw null!;
        public Task<ITweet[]> SearchTweetsAsync(ISearchTweetsParameters parameters) => throw null!;
        public Task<ISearchResults> SearchTweetsWithMetadataAsync(string query) => throw null!;
        public Task<ISearchResults> SearchTweetsWithMetadataAsync(ISearchTweetsParameters parameters) => throw null!;
        public ITwitterIterator<ITweet, long?> GetSearchTweetsIterator(string query) => throw null!;
        public ITwitterIterator<ITweet, long?> GetSearchTweetsIterator(ISearchTweetsParameters parameters) => throw null!;
        public Task<IUser[]> SearchUsersAsync(string query) => throw null!;
        public Task<IUser[]> SearchUsersAsync(ISearchUsersParameters parameters) => throw null!;
        public ITwitterIterator<IUser, int?> GetSearchUsersIterator(string query) => throw null!;
        public ITwitterIterator<IUser, int?> GetSearchUsersIterator(ISearchUsersParameters parameters) => throw null!;
    }

    public interface IStreamsClient
    {
        IFilteredStream CreateFilteredStream();
        IFilteredStream CreateFilteredStream(ICreateFilteredTweetStreamParameters parameters);
        ISampleStream CreateSampleStream();
        Tweetinvi.Core.Streaming.ITrackedStream CreateTrackedTweetStream();
    }

    public interface IAccountActivityClient
    {
        IAccountActivityRequestHandler CreateRequestHandler();
    }

    public interface IRateLimitsClient
    {
        Task InitializeRateLimitsManagerAsync();
        Task<ICredentialsRateLimits> GetRateLimitsAsync();
        Task<IEndpointRateLimit> GetEndpointRateLimitAsync(string url);
        Task<IEndpointRateLimit> WaitForQueryRateLimitAsync(string url);
        Task<IEndpointRateLimit> WaitForQueryRateLimitAsync(string url, RateLimitsSource from);
        Task WaitForQueryRateLimitAsync(IEndpointRateLimit endpointRateLimit);
    }
}

namespace Tweetinvi.Client.V2
{
    using Tweetinvi.Iterators;
    using Tweetinvi.Models.V2;
    using Tweetinvi.Parameters.V2;

    public interface ISearchV2Client
    {
        Task<SearchTweetsV2Response> SearchTweetsAsync(string query);
        Task<SearchTweetsV2Response> SearchTweetsAsync(ISearchTweetsV2Parameters parameters);
        ITwitterIterator<SearchTweetsV2Response, string> GetSearchTweetsV2Iterator(string query);
        ITwitterIterator<SearchTweetsV2Response, string> GetSearchTweetsV2Iterator(ISearchTweetsV2Parameters parameters);
    }
}

namespace Tweetinvi.Core.Streaming
{
    using Tweetinvi.Events;
    using Tweetinvi.Models;

    public interface ITwitterStream
    {
        event EventHandler StreamStarted;
        event EventHandler<StreamStoppedEventArgs> StreamStopped;
        void Stop();
    }

    public interface ITweetStream : ITwitterStream
    {
        event EventHandler<TweetReceivedEventArgs> TweetReceived;
    }

    public interface ITrackableStream<T> : ITwitterStream
    {
        void AddTrack(string track, Action<T> trackReceived = null);
        void RemoveTrack(string track);
    }

    public interface ITrackedStream : ITrackableStream<ITweet>, ITweetStream
    {
        event EventHandler<MatchedTweetReceivedEventArgs> MatchingTweetReceived;
        Task StartAsync(string url);
    }
}

namespace Tweetinvi.Streaming
{
    using Tweetinvi.Core.Streaming;
    using Tweetinvi.Events;
    using Tweetinvi.Models;

    public interface IFilteredStream : ITwitterStream, ITrackableStream<ITweet>
    {
        event EventHandler<MatchedTweetReceivedEventArgs> MatchingTweetReceived;
        event EventHandler<TweetEventArgs> NonMatchingTweetReceived;
        void AddFollow(long userId, Action<ITweet> userPublishedTweet = null);
        void AddFollow(IUserIdentifier user, Action<ITweet> userPublishedTweet = null);
        Task StartMatchingAnyConditionAsync();
        Task StartMatchingAllConditionsAsync();
    }

    public interface ISampleStream : ITweetStream
    {
        Task StartAsync();
    }

    public interface IAccountActivityStream
    {
        long AccountUserId { get; set; }
        EventHandler<AccountActivityEvent> EventReceived { get; set; }
        EventHandler<TweetCreatedEvent> TweetCreated { get; set; }
        EventHandler<TweetDeletedEvent> TweetDeleted { get; set; }
        EventHandler<TweetFavoritedEvent> TweetFavorited { get; set; }
        EventHandler<UserFollowedEvent> UserFollowed { get; set; }
        EventHandler<UserUnfollowedEvent> UserUnfollowed { get; set; }
        EventHandler<MessageReceivedEvent> MessageReceived { get; set; }
        EventHandler<MessageSentEvent> MessageSent { get; set; }
        EventHandler<UserIsTypingMessageEvent> UserIsTypingMessage { get; set; }
        EventHandler<UserReadMessageConversationEvent> UserReadMessageConversation { get; set; }
    }
}

namespace Tweetinvi.Streams
{
    using Tweetinvi.Events;
    using Tweetinvi.Streaming;

    public class AccountActivityStream : IAccountActivityStream
    {
        public long AccountUserId { get; set; }
        public EventHandler<AccountActivityEvent> EventReceived { get; set; }
        public EventHandler<TweetCreatedEvent> TweetCreated { get; set; }
        public EventHandler<TweetDeletedEvent> TweetDeleted { get; set; }
        public EventHandler<TweetFavoritedEvent> TweetFavorited { get; set; }
        public EventHandler<UserFollowedEvent> UserFollowed { get; set; }
        public EventHandler<UserUnfollowedEvent> UserUnfollowed { get; set; }
        public EventHandler<MessageReceivedEvent> MessageReceived { get; set; }
        public EventHandler<MessageSentEvent> MessageSent { get; set; }
        public EventHandler<UserIsTypingMessageEvent> UserIsTypingMessage { get; set; }
        public EventHandler<UserReadMessageConversationEvent> UserReadMessageConversation { get; set; }
    }
}

namespace Tweetinvi.Events
{
    using Tweetinvi.Models;

    public class AccountActivityEvent : EventArgs
    {
        public long AccountUserId { get; set; }
        public DateTime EventDate { get; set; }
    }

    public class BaseAccountActivityEventArgs<T> : AccountActivityEvent
    {
        public T InResultOf { get; protected set; }
    }

    public enum UserFollowedRaisedInResultOf
    {
        Unknown = 0,
        AccountUserFollowingAnotherUser,
        AnotherUserFollowingAccountUser,
    }

    public class UserFollowedEvent : BaseAccountActivityEventArgs<UserFollowedRaisedInResultOf>
    {
        public IUser FollowedUser { get; set; }
        public IUser FollowedBy { get; set; }
    }

    public enum UserUnfollowedRaisedInResultOf { Unknown = 0, AccountUserUnfollowingAnotherUser }

    public class UserUnfollowedEvent : BaseAccountActivityEventArgs<UserUnfollowedRaisedInResultOf>
    {
        public IUser UnfollowedUser { get; set; }
        public IUser UnfollowedBy { get; set; }
    }

    public enum TweetCreatedRaisedInResultOf
    {
        Unknown = 0,
        AccountUserCreatingATweet,
        AccountUserRetweetingATweet,
        AccountUserReplyingToATweet,
        AccountUserQuotingATweet,
        AnotherUserReplyingToAccountUser,
        AnotherUserQuotingAccountUser,
        AnotherUserMentioningTheAccountUser,
        AnotherUserRetweetingAccountUser,
    }

    public class TweetCreatedEvent : BaseAccountActivityEventArgs<TweetCreatedRaisedInResultOf>
    {
        public ITweet Tweet { get; set; }
    }

    public class TweetDeletedEvent : AccountActivityEvent
    {
        public long TweetId { get; set; }
    }

    public class TweetFavoritedEvent : AccountActivityEvent
    {
        public ITweet Tweet { get; set; }
        public IUser FavoritedBy { get; set; }
    }

    public enum MessageReceivedRaisedInResultOf { Unknown = 0, AnotherUserSendingMessageToAccountUser }

    public class MessageReceivedEvent : BaseAccountActivityEventArgs<MessageReceivedRaisedInResultOf>
    {
        public IMessage Message { get; set; }
        public IUser Sender { get; set; }
        public IUser Recipient { get; set; }
    }

    public class MessageSentEvent : AccountActivityEvent
    {
        public IMessage Message { get; set; }
    }

    public class UserIsTypingMessageEvent : AccountActivityEvent
    {
        public IUser TypingUser { get; set; }
    }

    public class UserReadMessageConversationEvent : AccountActivityEvent
    {
        public IUser UserWhoReadTheMessageConversation { get; set; }
    }

    public class TweetReceivedEventArgs : EventArgs
    {
        public ITweet Tweet { get; }
    }

    public class TweetEventArgs : EventArgs
    {
        public ITweet Tweet { get; }
        public string Json { get; }
    }

    public class MatchedTweetReceivedEventArgs : TweetReceivedEventArgs
    {
        public string[] MatchingTracks { get; }
    }

    public class StreamStoppedEventArgs : EventArgs
    {
        public Exception Exception { get; }
    }

    public class WaitingForRateLimitEventArgs : EventArgs
    {
        public string Url { get; }
    }
}

namespace Tweetinvi.Core.Exceptions
{
    public interface ITwitterExceptionInfo
    {
        string Message { get; }
        int Code { get; }
    }

    public interface ITwitterException
    {
        int StatusCode { get; }
        ITwitterExceptionInfo[] TwitterExceptionInfos { get; }
        string TwitterDescription { get; }
    }
}

namespace Tweetinvi.Core.Events
{
    using Tweetinvi.Core.Exceptions;
    using Tweetinvi.Events;

    public interface IExternalClientEvents
    {
        event EventHandler<WaitingForRateLimitEventArgs> WaitingForRateLimit;
        event EventHandler<ITwitterException> OnTwitterException;
    }
}

namespace Tweetinvi.Exceptions
{
    using Tweetinvi.Core.Exceptions;

    public class TwitterException : WebException, ITwitterException
    {
        public TwitterException() { }
        public TwitterException(string message) : base(message) { }
        public virtual int StatusCode { get; protected set; }
        public virtual ITwitterExceptionInfo[] TwitterExceptionInfos { get; protected set; }
        public virtual string TwitterDescription { get; protected set; }
    }

    public class TwitterTimeoutException : TwitterException
    {
    }

    public class TwitterAuthException : TwitterException
    {
    }

    public class TwitterResponseException : TwitterException
    {
    }
}
