// assembly: Mastonet
// Test stub mirroring the public shape of Mastonet 3.1 as far as bot code touches it. Namespaces, type names,
// inheritance and member signatures follow the real library so that documentation comment ids match; bodies
// are empty. The enums Visibility, NotificationType and the class ArrayOptions live in namespace Mastonet,
// the entities (Status, Notification, Account, ...) in Mastonet.Entities.
#nullable enable
#pragma warning disable CS0067 // events are never used
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace Mastonet
{
    using Mastonet.Entities;

    public enum Visibility { Public, Unlisted, Private, Direct }

    [Flags]
    public enum NotificationType
    {
        None = 0,
        Follow = 1,
        Favourite = 2,
        Reblog = 4,
        Mention = 8,
        Poll = 16,
        FollowRequest = 32,
    }

    public enum ApiCallCategory { Unknown, Account, Auth, Upload }

    public class ArrayOptions
    {
        public string? MaxId { get; set; }
        public string? SinceId { get; set; }
        public string? MinId { get; set; }
        public int? Limit { get; set; }
        public int? Offset { get; set; }
    }

    public class MastodonList<T> : List<T>
    {
        public string? NextPageMaxId { get; internal set; }
        public string? PreviousPageSinceId { get; internal set; }
        public string? PreviousPageMinId { get; internal set; }
    }

    public class RateLimitEventArgs : EventArgs
    {
        public ApiCallCategory RateLimitCategory { get; set; }
        public int Limit { get; set; }
        public int Remaining { get; set; }
        public DateTime Reset { get; set; }
    }

    public class ServerErrorException : Exception
    {
        public ServerErrorException(Error error) { }
    }

    public abstract class BaseHttpClient
    {
        public string Instance { get; protected set; } = null!;
        public string? AccessToken { get; set; }
    }

    public interface IMastodonClient
    {
        string Instance { get; }
        Task<Account> GetCurrentUser();
        Task<Account> GetAccount(string accountId);
        Task<Status> PublishStatus(string status, Visibility? visibility = null, string? replyStatusId = null, IEnumerable<string>? mediaIds = null, bool sensitive = false, string? spoilerText = null, DateTime? scheduledAt = null, string? language = null, PollParameters? poll = null);
        Task<Status> Reblog(string statusId);
        Task<Relationship> Follow(string accountId, bool reblogs = true);
        Task<Account> Follow(string uri);
        Task<Relationship> Unfollow(string accountId);
        Task<Tag> FollowTag(string tag);
        Task<Tag> UnfollowTag(string tag);
        Task<MastodonList<Account>> GetAccountFollowers(string accountId, ArrayOptions? options = null);
        Task<MastodonList<Account>> GetAccountFollowing(string accountId, ArrayOptions? options = null);
        Task<MastodonList<Account>> GetFollowRequests(ArrayOptions? options = null);
        Task<MastodonList<Notification>> GetNotifications(ArrayOptions? options = null, NotificationType excludeTypes = NotificationType.None);
        Task<MastodonList<Conversation>> GetConversations(ArrayOptions? options = null);
        Task<MastodonList<Status>> GetHomeTimeline(ArrayOptions? options = null);
        Task<MastodonList<Status>> GetTagTimeline(string hashtag, ArrayOptions? options = null, bool local = false, bool onlyMedia = false);
        Task<SearchResults> Search(string q, bool resolveNonLocalAccouns = false);
        Task<List<Account>> SearchAccounts(string q, int? limit = null, bool resolveNonLocalAccouns = false, bool onlyFollowing = false);
        TimelineStreaming GetUserStreaming();
        TimelineStreaming GetPublicStreaming();
        TimelineStreaming GetHashtagStreaming(string hashtag);
        TimelineStreaming GetDirectMessagesStreaming();
    }

    public partial class MastodonClient : BaseHttpClient, IMastodonClient
    {
        public MastodonClient(string instance, string accessToken) { }
        public MastodonClient(string instance, string accessToken, HttpClient client) { }
        public event EventHandler<RateLimitEventArgs>? RateLimitsUpdated;
        public Task<Account> GetCurrentUser() => throw null!;
        public Task<Account> GetAccount(string accountId) => throw null!;
        public Task<Status> PublishStatus(string status, Visibility? visibility = null, string? replyStatusId = null, IEnumerable<string>? mediaIds = null, bool sensitive = false, string? spoilerText = null, DateTime? scheduledAt = null, string? language = null, PollParameters? poll = null) => throw null!;
        public Task<Status> Reblog(string statusId) => throw null!;
        public Task<Relationship> Follow(string accountId, bool reblogs = true) => throw null!;
        public Task<Account> Follow(string uri) => throw null!;
        public Task<Relationship> Unfollow(string accountId) => throw null!;
        public Task<Tag> FollowTag(string tag) => throw null!;
        public Task<Tag> UnfollowTag(string tag) => throw null!;
        public Task<MastodonList<Account>> GetAccountFollowers(string accountId, ArrayOptions? options = null) => throw null!;
        public Task<MastodonList<Account>> GetAccountFollowing(string accountId, ArrayOptions? options = null) => throw null!;
        public Task<MastodonList<Account>> GetFollowRequests(ArrayOptions? options = null) => throw null!;
        public Task<MastodonList<Notification>> GetNotifications(ArrayOptions? options = null, NotificationType excludeTypes = NotificationType.None) => throw null!;
        public Task<MastodonList<Conversation>> GetConversations(ArrayOptions? options = null) => throw null!;
        public Task<MastodonList<Status>> GetHomeTimeline(ArrayOptions? options = null) => throw null!;
        public Task<MastodonList<Status>> GetTagTimeline(string hashtag, ArrayOptions? options = null, bool local = false, bool onlyMedia = false) => throw null!;
        public Task<SearchResults> Search(string q, bool resolveNonLocalAccouns = false) => throw null!;
        public Task<List<Account>> SearchAccounts(string q, int? limit = null, bool resolveNonLocalAccouns = false, bool onlyFollowing = false) => throw null!;
        public TimelineStreaming GetUserStreaming() => throw null!;
        public TimelineStreaming GetPublicStreaming() => throw null!;
        public TimelineStreaming GetHashtagStreaming(string hashtag) => throw null!;
        public TimelineStreaming GetDirectMessagesStreaming() => throw null!;
    }

    public abstract class TimelineStreaming
    {
        public event EventHandler<StreamUpdateEventArgs>? OnUpdate;
        public event EventHandler<StreamNotificationEventArgs>? OnNotification;
        public event EventHandler<StreamDeleteEventArgs>? OnDelete;
        public event EventHandler<StreamFiltersChangedEventArgs>? OnFiltersChanged;
        public event EventHandler<StreamConversationEvenTargs>? OnConversation;
        public abstract Task Start();
        public abstract void Stop();
    }

    public class TimelineHttpStreaming : TimelineStreaming
    {
        public override Task Start() => throw null!;
        public override void Stop() { }
    }

    public class TimelineWebSocketStreaming : TimelineHttpStreaming
    {
        public override Task Start() => throw null!;
        public override void Stop() { }
    }

    public class StreamUpdateEventArgs : EventArgs
    {
        public Status Status { get; set; } = null!;
    }

    public class StreamNotificationEventArgs : EventArgs
    {
        public Notification Notification { get; set; } = null!;
    }

    public class StreamDeleteEventArgs : EventArgs
    {
        public string StatusId { get; set; } = null!;
    }

    public class StreamFiltersChangedEventArgs : EventArgs
    {
    }

    public class StreamConversationEvenTargs : EventArgs
    {
        public Conversation Conversation { get; set; } = null!;
    }
}

namespace Mastonet.Entities
{
    public class Account
    {
        public string Id { get; set; } = null!;
        public string UserName { get; set; } = null!;
        public string AccountName { get; set; } = null!;
        public string DisplayName { get; set; } = null!;
        public bool Locked { get; set; }
        public bool? Bot { get; set; }
        public int FollowersCount { get; set; }
        public int FollowingCount { get; set; }
        public string ProfileUrl { get; set; } = null!;
    }

    public class Mention
    {
        public string Id { get; set; } = null!;
        public string UserName { get; set; } = null!;
        public string AccountName { get; set; } = null!;
    }

    public class Status
    {
        public string Id { get; set; } = null!;
        public string Content { get; set; } = null!;
        public Account Account { get; set; } = null!;
        public string? InReplyToId { get; set; }
        public string? InReplyToAccountId { get; set; }
        public Visibility Visibility { get; set; }
        public IEnumerable<Mention> Mentions { get; set; } = null!;
        public DateTime CreatedAt { get; set; }
    }

    public class Notification
    {
        public string Id { get; set; } = null!;
        public string Type { get; set; } = null!;
        public DateTime CreatedAt { get; set; }
        public Account Account { get; set; } = null!;
        public Status? Status { get; set; }
    }

    public class Conversation
    {
        public string Id { get; set; } = null!;
        public IEnumerable<Account> Accounts { get; set; } = null!;
        public Status? LastStatus { get; set; }
        public bool Unread { get; set; }
    }

    public class Relationship
    {
        public string Id { get; set; } = null!;
        public bool Following { get; set; }
        public bool FollowedBy { get; set; }
        public bool Requested { get; set; }
    }

    public class Tag
    {
        public string Name { get; set; } = null!;
        public string Url { get; set; } = null!;
    }

    public class SearchResults
    {
        public IEnumerable<Account> Accounts { get; set; } = null!;
        public IEnumerable<Status> Statuses { get; set; } = null!;
        public IEnumerable<Tag> Hashtags { get; set; } = null!;
    }

    public class PollParameters
    {
        public IEnumerable<string> Options { get; set; } = null!;
        public TimeSpan ExpiresIn { get; set; }
        public bool? Multiple { get; set; }
    }

    public class Error
    {
        public string Description { get; set; } = null!;
    }
}
