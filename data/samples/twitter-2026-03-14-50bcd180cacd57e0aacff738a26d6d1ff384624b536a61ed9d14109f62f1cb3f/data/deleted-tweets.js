window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980371221615030426"
          ],
          "editableUntil" : "2025-10-20T21:31:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "10",
      "id_str" : "1980371221615030426",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1980371221615030426",
      "created_at" : "Mon Oct 20 20:31:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Unpopular opinion: YAML is a programming language and we should lint it like one.",
      "lang" : "en",
      "deleted_at" : "Thu Mar 05 08:14:22 +0000 2026"
    }
  }
]