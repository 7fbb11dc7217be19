window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1615338319078519223"
          ],
          "editableUntil" : "2023-01-17T13:50:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1615336698477680561",
      "id_str" : "1615338319078519223",
      "in_reply_to_user_id" : "1326719481",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1615338319078519223",
      "in_reply_to_status_id" : "1615336698477680561",
      "created_at" : "Tue Jan 17 13:20:41 +0000 2023",
      "favorited" : false,
      "full_text" : "The trick: one CSV per model input, three to five rows each, and an expected output you can read in a code review.",
      "lang" : "en",
      "in_reply_to_screen_name" : "asalindqvist",
      "in_reply_to_user_id_str" : "1326719481"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1615336698477680561"
          ],
          "editableUntil" : "2023-01-17T13:44:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "dbt",
            "indices" : [
              "78",
              "82"
            ]
          },
          {
            "text" : "analyticsengineering",
            "indices" : [
              "83",
              "104"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/PEt7gL9kro",
            "expanded_url" : "https://asa-lindqvist.example.org/blog/dbt-fixtures",
            "display_url" : "asa-lindqvist.example.org/…",
            "indices" : [
              "54",
              "77"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1615336698477680561",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1615336698477680561",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jan 17 13:14:15 +0000 2023",
      "favorited" : false,
      "full_text" : "Wrote down how we test dbt models with tiny fixtures: https://t.co/PEt7gL9kro #dbt #analyticsengineering",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1587920145057428188"
          ],
          "editableUntil" : "2022-11-02T22:00:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "11",
      "id_str" : "1587920145057428188",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1587920145057428188",
      "created_at" : "Wed Nov 02 21:30:39 +0000 2022",
      "favorited" : false,
      "full_text" : "Exporting my archive just in case. Old habits: export everything, trust nothing.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1579770167652911058"
          ],
          "editableUntil" : "2022-10-11T10:15:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Дмитрий Волков",
            "screen_name" : "dvolkov",
            "indices" : [
              "3",
              "11"
            ],
            "id_str" : "61822044",
            "id" : "61822044"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/UVShHobybk",
            "expanded_url" : "https://blog.jetbrains.example/duckdb-kotlin",
            "display_url" : "blog.jetbrains.example/duc…",
            "indices" : [
              "55",
              "78"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1579770167652911058",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1579770167652911058",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 11 09:45:33 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @dvolkov: DuckDB + Kotlin notebooks, a short demo 🧵 https://t.co/UVShHobybk",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1532039280169989322"
          ],
          "editableUntil" : "2022-06-01T17:10:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nguyễn Thị Lan 🌿",
            "screen_name" : "lan_nguyen_dev",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1288130546720768001",
            "id" : "1288130546720768001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1531967304354893606",
      "id_str" : "1532039280169989322",
      "in_reply_to_user_id" : "1288130546720768001",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1532039280169989322",
      "in_reply_to_status_id" : "1531967304354893606",
      "created_at" : "Wed Jun 01 16:40:02 +0000 2022",
      "favorited" : false,
      "full_text" : "@lan_nguyen_dev Makes sense. We do the same with a 48h watermark.",
      "lang" : "en",
      "in_reply_to_screen_name" : "lan_nguyen_dev",
      "in_reply_to_user_id_str" : "1288130546720768001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1532004619551669882"
          ],
          "editableUntil" : "2022-06-01T14:52:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Nguyễn Thị Lan 🌿",
            "screen_name" : "lan_nguyen_dev",
            "indices" : [
              "0",
              "15"
            ],
            "id_str" : "1288130546720768001",
            "id" : "1288130546720768001"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1531975941868056424",
      "id_str" : "1532004619551669882",
      "in_reply_to_user_id" : "1288130546720768001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1532004619551669882",
      "in_reply_to_status_id" : "1531975941868056424",
      "created_at" : "Wed Jun 01 14:22:19 +0000 2022",
      "favorited" : false,
      "full_text" : "@lan_nguyen_dev Congrats on the launch! How did you handle late-arriving events?",
      "lang" : "en",
      "in_reply_to_screen_name" : "lan_nguyen_dev",
      "in_reply_to_user_id_str" : "1288130546720768001"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1501105439570659230"
          ],
          "editableUntil" : "2022-03-08T08:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "IWD2022",
            "indices" : [
              "6",
              "14"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "7",
      "id_str" : "1501105439570659230",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1501105439570659230",
      "created_at" : "Tue Mar 08 08:00:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Happy #IWD2022 to every woman keeping a pipeline alive at 3am. 💜",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1465624646181215477"
          ],
          "editableUntil" : "2021-11-30T10:42:00.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/o19niYWy6a",
            "expanded_url" : "https://twitter.com/inesgoncalves/status/1465231727755127710",
            "display_url" : "twitter.com/inesgoncalves/…",
            "indices" : [
              "68",
              "91"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "23",
      "id_str" : "1465624646181215477",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "1465624646181215477",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 30 10:12:00 +0000 2021",
      "favorited" : false,
      "full_text" : "The clearest explanation of slowly changing dimensions I have read. https://t.co/o19niYWy6a",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1437860151146417234"
          ],
          "editableUntil" : "2021-09-14T19:55:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "6",
      "id_str" : "1437860151146417234",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1437860151146417234",
      "created_at" : "Tue Sep 14 19:25:48 +0000 2021",
      "favorited" : false,
      "full_text" : "Swedish fika &gt; any sprint ceremony. Fight me. ☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1385149186230009580"
          ],
          "editableUntil" : "2021-04-22T09:01:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Łukasz Wróblewski",
            "screen_name" : "lwroblewski",
            "indices" : [
              "39",
              "51"
            ],
            "id_str" : "1120458796453617664",
            "id" : "1120458796453617664"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/3pIbm8NePf",
            "expanded_url" : "https://allegro.example.pl/blog/schema-registry-lessons",
            "display_url" : "allegro.example.pl/blog/sc…",
            "indices" : [
              "84",
              "107"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "28",
      "id_str" : "1385149186230009580",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1385149186230009580",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 22 08:31:15 +0000 2021",
      "favorited" : false,
      "full_text" : "Great write-up on schema registries by @lwroblewski, worth ten minutes of your day: https://t.co/3pIbm8NePf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1359095563237643365"
          ],
          "editableUntil" : "2021-02-09T11:33:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Søren Kjærgaard",
            "screen_name" : "sorenkj",
            "indices" : [
              "0",
              "8"
            ],
            "id_str" : "221845903",
            "id" : "221845903"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1359026518869059269",
      "id_str" : "1359095563237643365",
      "in_reply_to_user_id" : "221845903",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1359095563237643365",
      "in_reply_to_status_id" : "1359026518869059269",
      "created_at" : "Tue Feb 09 11:03:27 +0000 2021",
      "favorited" : false,
      "full_text" : "@sorenkj Ha, we hit the same bug in Kafka Connect. Pinning the converter version fixed it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sorenkj",
      "in_reply_to_user_id_str" : "221845903"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1296836217114807328"
          ],
          "editableUntil" : "2020-08-21T16:17:02.000Z",
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
        "91"
      ],
      "favorite_count" : "39",
      "id_str" : "1296836217114807328",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1296836217114807328",
      "created_at" : "Fri Aug 21 15:47:02 +0000 2020",
      "favorited" : false,
      "full_text" : "Hot take: most \"real-time\" dashboards are refreshed by people who look at them once a week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1256678484948065812"
          ],
          "editableUntil" : "2020-05-02T20:44:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Mei Chen, PhD",
            "screen_name" : "meichen_phd",
            "indices" : [
              "3",
              "15"
            ],
            "id_str" : "98123457",
            "id" : "98123457"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/CtS4eGxwDG",
            "expanded_url" : "https://doi.example.org/10.5555/clickstream.2020.14",
            "display_url" : "doi.example.org/10.5555/cl…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "0",
      "id_str" : "1256678484948065812",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1256678484948065812",
      "possibly_sensitive" : false,
      "created_at" : "Sat May 02 20:14:33 +0000 2020",
      "favorited" : false,
      "full_text" : "RT @meichen_phd: Our paper on sampling bias in clickstream data is out, open access: https://t.co/CtS4eGxwDG",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1239477972098078570"
          ],
          "editableUntil" : "2020-03-16T09:35:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "wfh",
            "indices" : [
              "93",
              "97"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "4",
      "id_str" : "1239477972098078570",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1239477972098078570",
      "created_at" : "Mon Mar 16 09:05:51 +0000 2020",
      "favorited" : false,
      "full_text" : "Whole team works from home from today. Standup moved to 09:15 so the school call fits first. #wfh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1199669240689461863"
          ],
          "editableUntil" : "2019-11-27T13:10:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "François Lefèvre",
            "screen_name" : "flefevre",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "14982305",
            "id" : "14982305"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1199644018765410656",
      "id_str" : "1199669240689461863",
      "in_reply_to_user_id" : "14982305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1199669240689461863",
      "in_reply_to_status_id" : "1199644018765410656",
      "created_at" : "Wed Nov 27 12:40:10 +0000 2019",
      "favorited" : false,
      "full_text" : "@flefevre Exactly this. Partition by event date, not load date, or every backfill will hurt.",
      "lang" : "en",
      "in_reply_to_screen_name" : "flefevre",
      "in_reply_to_user_id_str" : "14982305"
    }
  }
]