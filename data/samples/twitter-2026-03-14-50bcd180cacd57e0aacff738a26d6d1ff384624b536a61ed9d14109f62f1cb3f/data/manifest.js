window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1326719481",
    "userName" : "asalindqvist",
    "displayName" : "Åsa Lindqvist-Ortega"
  },
  "archiveInfo" : {
    "sizeBytes" : "119833",
    "generationDate" : "2026-03-14T16:05:31.902Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [ {
        "fileName" : "data/account.js",
        "globalName" : "YTD.account.part0",
        "count" : "1"
      } ]
    },
    "block" : {
      "files" : [ {
        "fileName" : "data/block.js",
        "globalName" : "YTD.block.part0",
        "count" : "1"
      } ]
    },
    "deletedTweetHeaders" : {
      "files" : [ {
        "fileName" : "data/deleted-tweet-headers.js",
        "globalName" : "YTD.deleted_tweet_headers.part0",
        "count" : "1"
      } ]
    },
    "deletedTweets" : {
      "mediaDirectory" : "data/deleted_tweets_media",
      "files" : [ {
        "fileName" : "data/deleted-tweets.js",
        "globalName" : "YTD.deleted_tweets.part0",
        "count" : "1"
      } ]
    },
    "deletedTweetsMedia" : {
      "mediaDirectory" : "data/deleted_tweets_media"
    },
    "directMessageGroupHeaders" : {
      "files" : [ {
        "fileName" : "data/direct-message-group-headers.js",
        "globalName" : "YTD.direct_message_group_headers.part0",
        "count" : "1"
      } ]
    },
    "directMessageHeaders" : {
      "files" : [ {
        "fileName" : "data/direct-message-headers.js",
        "globalName" : "YTD.direct_message_headers.part0",
        "count" : "9"
      } ]
    },
    "directMessages" : {
      "mediaDirectory" : "data/direct_messages_media",
      "files" : [ {
        "fileName" : "data/direct-messages.js",
        "globalName" : "YTD.direct_messages.part0",
        "count" : "9"
      } ]
    },
    "directMessagesGroup" : {
      "mediaDirectory" : "data/direct_messages_group_media",
      "files" : [ {
        "fileName" : "data/direct-messages-group.js",
        "globalName" : "YTD.direct_messages_group.part0",
        "count" : "1"
      } ]
    },
    "directMessagesGroupMedia" : {
      "mediaDirectory" : "data/direct_messages_group_media"
    },
    "directMessagesMedia" : {
      "mediaDirectory" : "data/direct_messages_media"
    },
    "follower" : {
      "files" : [ {
        "fileName" : "data/follower.js",
        "globalName" : "YTD.follower.part0",
        "count" : "15"
      } ]
    },
    "following" : {
      "files" : [ {
        "fileName" : "data/following.js",
        "globalName" : "YTD.following.part0",
        "count" : "24"
      } ]
    },
    "like" : {
      "files" : [ {
        "fileName" : "data/like.js",
        "globalName" : "YTD.like.part0",
        "count" : "16"
      } ]
    },
    "mute" : {
      "files" : [ {
        "fileName" : "data/mute.js",
        "globalName" : "YTD.mute.part0",
        "count" : "2"
      } ]
    },
    "noteTweet" : {
      "files" : [ {
        "fileName" : "data/note-tweet.js",
        "globalName" : "YTD.note_tweet.part0",
        "count" : "2"
      } ]
    },
    "profile" : {
      "mediaDirectory" : "data/profile_media",
      "files" : [ {
        "fileName" : "data/profile.js",
        "globalName" : "YTD.profile.part0",
        "count" : "1"
      } ]
    },
    "profileMedia" : {
      "mediaDirectory" : "data/profile_media"
    },
    "screenNameChange" : {
      "files" : [ {
        "fileName" : "data/screen-name-change.js",
        "globalName" : "YTD.screen_name_change.part0",
        "count" : "1"
      } ]
    },
    "tweetHeaders" : {
      "files" : [ {
        "fileName" : "data/tweet-headers.js",
        "globalName" : "YTD.tweet_headers.part0",
        "count" : "51"
      } ]
    },
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [ {
        "fileName" : "data/tweets.js",
        "globalName" : "YTD.tweets.part0",
        "count" : "36"
      }, {
        "fileName" : "data/tweets-part1.js",
        "globalName" : "YTD.tweets.part1",
        "count" : "15"
      } ]
    },
    "tweetsMedia" : {
      "mediaDirectory" : "data/tweets_media"
    }
  }
}