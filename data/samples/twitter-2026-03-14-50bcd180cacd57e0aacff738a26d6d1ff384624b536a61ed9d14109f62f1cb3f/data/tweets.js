window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031311644907676640"
          ],
          "editableUntil" : "2026-03-10T11:10:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "11",
      "id_str" : "2031311644907676640",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2031311644907676640",
      "created_at" : "Tue Mar 10 10:10:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Spring cleaning: archived 14 repos, closed 31 stale issues, kept 1 cactus alive. 🌵",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2024178350459328604"
          ],
          "editableUntil" : "2026-02-18T18:45:00.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/j3ngsBIpiH",
            "expanded_url" : "https://twitter.com/i/web/status/2024178350459328604",
            "display_url" : "twitter.com/i/web/status/2…",
            "indices" : [
              "267",
              "290"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "290"
      ],
      "favorite_count" : "26",
      "id_str" : "2024178350459328604",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2024178350459328604",
      "possibly_sensitive" : false,
      "created_at" : "Wed Feb 18 17:45:00 +0000 2026",
      "favorited" : false,
      "full_text" : "We replaced a 14-step nightly ETL with three SQL models and one DuckDB file. What changed for the team, three months in:\n\n- Onboarding went from two weeks to two days: the whole warehouse fits on a laptop.\n- Tests run in 9 seconds, so people actually run them.\n- We… https://t.co/j3ngsBIpiH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2018597359411515386"
          ],
          "editableUntil" : "2026-02-03T09:08:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/setkvquirb",
            "expanded_url" : "https://x.com/bytesofbrigid/status/2017920337581318832",
            "display_url" : "x.com/bytesofbrigid/status…",
            "indices" : [
              "56",
              "79"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "2018597359411515386",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2018597359411515386",
      "possibly_sensitive" : false,
      "created_at" : "Tue Feb 03 08:08:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Brigid's checklist for data contracts, bookmarked &lt;3 https://t.co/setkvquirb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011773409723460850"
          ],
          "editableUntil" : "2026-01-15T13:12:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Zoë Abernathy-Ngata",
            "screen_name" : "zoe_ngata",
            "indices" : [
              "13",
              "23"
            ],
            "id_str" : "1174403812664131584",
            "id" : "1174403812664131584"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "36",
      "id_str" : "2011773409723460850",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2011773409723460850",
      "created_at" : "Thu Jan 15 12:12:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Pairing with @zoe_ngata across 12 time zones today. Async is a superpower.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997958756236705403"
          ],
          "editableUntil" : "2025-12-08T10:17:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Brigid O'Shea",
            "screen_name" : "bytesofbrigid",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1702338412187254784",
            "id" : "1702338412187254784"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1997941839957636264",
      "id_str" : "1997958756236705403",
      "in_reply_to_user_id" : "1702338412187254784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997958756236705403",
      "in_reply_to_status_id" : "1997941839957636264",
      "created_at" : "Mon Dec 08 09:17:42 +0000 2025",
      "favorited" : false,
      "full_text" : "@bytesofbrigid So true. We tie catalog updates to the PR template now.",
      "lang" : "en",
      "in_reply_to_screen_name" : "bytesofbrigid",
      "in_reply_to_user_id_str" : "1702338412187254784"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2006515216278408862"
          ],
          "editableUntil" : "2026-01-01T00:58:01.000Z",
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
        "71"
      ],
      "favorite_count" : "5",
      "id_str" : "2006515216278408862",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2006515216278408862",
      "created_at" : "Wed Dec 31 23:58:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Gott nytt år! 2025: 212 PRs reviewed, 3 talks, 1 very patient family. 🎆",
      "lang" : "sv"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997958075213245004"
          ],
          "editableUntil" : "2025-12-08T10:15:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Brigid O'Shea",
            "screen_name" : "bytesofbrigid",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1702338412187254784",
            "id" : "1702338412187254784"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "0",
      "id_str" : "1997958075213245004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1997958075213245004",
      "created_at" : "Mon Dec 08 09:15:00 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @bytesofbrigid: Your data catalog is only as good as the last person who updated it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991542115747735213"
          ],
          "editableUntil" : "2025-11-20T17:20:16.000Z",
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
            "name" : "Tomás Ó Briain",
            "screen_name" : "tomasobriain",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3301847712",
            "id" : "3301847712"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1991531107967329648",
      "id_str" : "1991542115747735213",
      "in_reply_to_user_id" : "3301847712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991542115747735213",
      "in_reply_to_status_id" : "1991531107967329648",
      "created_at" : "Thu Nov 20 16:20:16 +0000 2025",
      "favorited" : false,
      "full_text" : "@tomasobriain Thanks for the pointer, Tomás! Adding it to the reading list.",
      "lang" : "en",
      "in_reply_to_screen_name" : "tomasobriain",
      "in_reply_to_user_id_str" : "3301847712"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1174373035502758201"
          ],
          "editableUntil" : "2019-09-18T17:52:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "ApacheAirflow",
            "indices" : [
              "140",
              "154"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "26",
      "id_str" : "1174373035502758201",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1174373035502758201",
      "created_at" : "Wed Sep 18 17:22:05 +0000 2019",
      "favorited" : false,
      "full_text" : "Airflow tip: keep your DAG files boring. Imports, one factory call, done. Everything clever goes in a package with tests &amp; a changelog. #ApacheAirflow",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1135457005337016943"
          ],
          "editableUntil" : "2019-06-03T08:33:40.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/FPJsSqDlkT",
            "expanded_url" : "https://asa-lindqvist.example.org/talks",
            "display_url" : "asa-lindqvist.example.org/…",
            "indices" : [
              "58",
              "81"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1135455627708643269",
      "id_str" : "1135457005337016943",
      "in_reply_to_user_id" : "1326719481",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1135457005337016943",
      "in_reply_to_status_id" : "1135455627708643269",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 03 08:03:40 +0000 2019",
      "favorited" : false,
      "full_text" : "Old links to my talks still work. Slides for all of them: https://t.co/FPJsSqDlkT",
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
            "1135455627708643269"
          ],
          "editableUntil" : "2019-06-03T08:28:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "dataengineering",
            "indices" : [
              "45",
              "61"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "28",
      "id_str" : "1135455627708643269",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1135455627708643269",
      "created_at" : "Mon Jun 03 07:58:12 +0000 2019",
      "favorited" : false,
      "full_text" : "New handle, same pipelines. Hej from Malmö 👋 #dataengineering",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1988516704539840878"
          ],
          "editableUntil" : "2025-11-12T08:58:21.000Z",
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
            "name" : "Søren Kjærgaard",
            "screen_name" : "sorenkj",
            "indices" : [
              "18",
              "26"
            ],
            "id_str" : "221845903",
            "id" : "221845903"
          },
          {
            "name" : "Дмитрий Волков",
            "screen_name" : "dvolkov",
            "indices" : [
              "31",
              "39"
            ],
            "id_str" : "61822044",
            "id" : "61822044"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/NIfjcG7v2P",
            "expanded_url" : "https://github.example/duckdb-sthlm/meetup-11",
            "display_url" : "github.example/duckdb-sthl…",
            "indices" : [
              "66",
              "89"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "13",
      "id_str" : "1988516704539840878",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1988516704539840878",
      "possibly_sensitive" : false,
      "created_at" : "Wed Nov 12 07:58:21 +0000 2025",
      "favorited" : false,
      "full_text" : "Meetup recap with @sorenkj and @dvolkov: slides &amp; notebooks → https://t.co/NIfjcG7v2P",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1985340438339802204"
          ],
          "editableUntil" : "2025-11-03T14:37:00.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/4CrjsLra0E",
            "expanded_url" : "https://x.com/lwroblewski/status/1985162228112796457",
            "display_url" : "x.com/lwroblewski/status/1…",
            "indices" : [
              "92",
              "115"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "30",
      "id_str" : "1985340438339802204",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "1985340438339802204",
      "possibly_sensitive" : false,
      "created_at" : "Mon Nov 03 13:37:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Łukasz's talk from last week is online. The part on idempotent backfills alone is worth it. https://t.co/4CrjsLra0E",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965340024246687706"
          ],
          "editableUntil" : "2025-09-09T10:02:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1965339393563483238",
      "id_str" : "1965340024246687706",
      "in_reply_to_user_id" : "1326719481",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1965340024246687706",
      "in_reply_to_status_id" : "1965339393563483238",
      "created_at" : "Tue Sep 09 09:02:30 +0000 2025",
      "favorited" : false,
      "full_text" : "En Medellín hablo de pipelines aburridos, en español por primera vez. ¡Nos vemos!",
      "lang" : "es",
      "in_reply_to_screen_name" : "asalindqvist",
      "in_reply_to_user_id_str" : "1326719481"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965339393563483238"
          ],
          "editableUntil" : "2025-09-09T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "39",
      "id_str" : "1965339393563483238",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1965339393563483238",
      "created_at" : "Tue Sep 09 09:00:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Conference season: Berlin, Lisbon, Medellín. Say hi if you're around ✈️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1955935595403061623"
          ],
          "editableUntil" : "2025-08-14T11:12:40.000Z",
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
            "name" : "Pete Kowalczyk",
            "screen_name" : "pipelinepete",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "380155270",
            "id" : "380155270"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1955886294570296320",
      "id_str" : "1955935595403061623",
      "in_reply_to_user_id" : "380155270",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1955935595403061623",
      "in_reply_to_status_id" : "1955886294570296320",
      "created_at" : "Thu Aug 14 10:12:40 +0000 2025",
      "favorited" : false,
      "full_text" : "@pipelinepete Ha! Ours is called \"the spreadsheet that must not be named\".",
      "lang" : "en",
      "in_reply_to_screen_name" : "pipelinepete",
      "in_reply_to_user_id_str" : "380155270"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1939732139361144144"
          ],
          "editableUntil" : "2025-06-30T18:05:55.000Z",
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
            "name" : "Siobhán Ní Bhriain",
            "screen_name" : "sqlsiobhan",
            "indices" : [
              "3",
              "14"
            ],
            "id_str" : "1357994472032473090",
            "id" : "1357994472032473090"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1939732139361144144",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939732139361144144",
      "created_at" : "Mon Jun 30 17:05:55 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @sqlsiobhan: Window functions are just GROUP BY that remembers where it came from.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1925110364228668815"
          ],
          "editableUntil" : "2025-05-21T09:44:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/aiJcsInVIq",
            "expanded_url" : "https://kvarndata.example.se/jobs/sde",
            "display_url" : "kvarndata.example.se/jobs/…",
            "indices" : [
              "86",
              "109"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "35",
      "id_str" : "1925110364228668815",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1925110364228668815",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 21 08:44:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Hiring! Kvarn Data is looking for a senior data engineer in Malmö or remote (CET ±2): https://t.co/aiJcsInVIq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907860652171226189"
          ],
          "editableUntil" : "2025-04-03T19:20:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Dana 🦆",
            "screen_name" : "dana_quacks",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1617270061850746880",
            "id" : "1617270061850746880"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1907813027933515377",
      "id_str" : "1907860652171226189",
      "in_reply_to_user_id" : "1617270061850746880",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1907860652171226189",
      "in_reply_to_status_id" : "1907813027933515377",
      "created_at" : "Thu Apr 03 18:20:00 +0000 2025",
      "favorited" : false,
      "full_text" : "@dana_quacks Ducks all the way down 🦆 Which extension is your favourite?",
      "lang" : "en",
      "in_reply_to_screen_name" : "dana_quacks",
      "in_reply_to_user_id_str" : "1617270061850746880"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1902325430760935360"
          ],
          "editableUntil" : "2025-03-19T12:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/gkqZB41z5l",
            "expanded_url" : "https://twitter.com/i/web/status/1902325430760935360",
            "display_url" : "twitter.com/i/web/status/1…",
            "indices" : [
              "271",
              "294"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "294"
      ],
      "favorite_count" : "39",
      "id_str" : "1902325430760935360",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1902325430760935360",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 19 11:45:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Six things I wish someone had told me before my first on-call week as a data engineer:\n\n1. The pipeline that pages you is rarely the one that is broken. Look upstream first.\n2. Write the runbook while you fix it, not after. After never comes.\n3. A backfill is a deploy.… https://t.co/gkqZB41z5l",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1895038449539977206"
          ],
          "editableUntil" : "2025-02-27T10:09:09.000Z",
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
            "name" : "Nguyễn Thị Lan 🌿",
            "screen_name" : "lan_nguyen_dev",
            "indices" : [
              "27",
              "42"
            ],
            "id_str" : "1288130546720768001",
            "id" : "1288130546720768001"
          },
          {
            "name" : "Inês Gonçalves",
            "screen_name" : "inesgoncalves",
            "indices" : [
              "58",
              "72"
            ],
            "id_str" : "3158702214",
            "id" : "3158702214"
          },
          {
            "name" : "",
            "screen_name" : "dataflow_dani",
            "indices" : [
              "106",
              "120"
            ],
            "id_str" : "-1",
            "id" : "-1"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "35",
      "id_str" : "1895038449539977206",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1895038449539977206",
      "created_at" : "Thu Feb 27 09:09:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Reading list for the week: @lan_nguyen_dev on watermarks, @inesgoncalves on SCDs, and an old favourite by @dataflow_dani.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1879185778322385288"
          ],
          "editableUntil" : "2025-01-14T16:16:17.000Z",
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
            "name" : "Zoë Abernathy-Ngata",
            "screen_name" : "zoe_ngata",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "1174403812664131584",
            "id" : "1174403812664131584"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1879130721968249549",
      "id_str" : "1879185778322385288",
      "in_reply_to_user_id" : "1174403812664131584",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1879185778322385288",
      "in_reply_to_status_id" : "1879130721968249549",
      "created_at" : "Tue Jan 14 15:16:17 +0000 2025",
      "favorited" : false,
      "full_text" : "@zoe_ngata Agree 100%. We moved the pager to a shared calendar and the complaints dropped to zero.",
      "lang" : "en",
      "in_reply_to_screen_name" : "zoe_ngata",
      "in_reply_to_user_id_str" : "1174403812664131584"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1853701407454275986"
          ],
          "editableUntil" : "2024-11-05T08:30:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "datateam",
            "indices" : [
              "50",
              "59"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "59"
      ],
      "favorite_count" : "6",
      "id_str" : "1853701407454275986",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1853701407454275986",
      "created_at" : "Tue Nov 05 07:30:30 +0000 2024",
      "favorited" : false,
      "full_text" : "Att skriva dokumentation är också att skriva kod. #datateam",
      "lang" : "sv"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1833475507668277036"
          ],
          "editableUntil" : "2024-09-10T13:00:00.000Z",
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
        "urls" : [
          {
            "url" : "https://t.co/xFC0VqVFeO",
            "expanded_url" : "https://x.com/dvolkov/status/1833238443515716816",
            "display_url" : "x.com/dvolkov/status/18332…",
            "indices" : [
              "64",
              "87"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "12",
      "id_str" : "1833475507668277036",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1833475507668277036",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 10 12:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "They keep shipping. Can't wait to try this on our nightly jobs. https://t.co/xFC0VqVFeO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808587556728937889"
          ],
          "editableUntil" : "2024-07-03T20:44:10.000Z",
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
            "name" : "Pete Kowalczyk",
            "screen_name" : "pipelinepete",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "380155270",
            "id" : "380155270"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1808565430401711543",
      "id_str" : "1808587556728937889",
      "in_reply_to_user_id" : "380155270",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1808587556728937889",
      "in_reply_to_status_id" : "1808565430401711543",
      "created_at" : "Wed Jul 03 19:44:10 +0000 2024",
      "favorited" : false,
      "full_text" : "@pipelinepete Same. The best pipeline is the one you did not have to build.",
      "lang" : "en",
      "in_reply_to_screen_name" : "pipelinepete",
      "in_reply_to_user_id_str" : "380155270"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1800804091044149949"
          ],
          "editableUntil" : "2024-06-12T09:15:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "François Lefèvre",
            "screen_name" : "flefevre",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "14982305",
            "id" : "14982305"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/oHKTJB6UCL",
            "expanded_url" : "https://careers.doctolib.example/data",
            "display_url" : "careers.doctolib.example/d…",
            "indices" : [
              "107",
              "130"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "0",
      "id_str" : "1800804091044149949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1800804091044149949",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 12 08:15:27 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @flefevre: We're hiring two data engineers in Paris &amp; Berlin. Remote-friendly, French not required: https://t.co/oHKTJB6UCL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1780969824956158473"
          ],
          "editableUntil" : "2024-04-18T15:41:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DataFestAfrica",
            "indices" : [
              "51",
              "66"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kwame Mensah",
            "screen_name" : "kwamemensah",
            "indices" : [
              "7",
              "19"
            ],
            "id_str" : "1033912283347779584",
            "id" : "1033912283347779584"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "35",
      "id_str" : "1780969824956158473",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "1780969824956158473",
      "created_at" : "Thu Apr 18 14:41:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Thanks @kwamemensah for the warm welcome in Accra! #DataFestAfrica",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763868096800525187"
          ],
          "editableUntil" : "2024-03-02T11:05:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
              "0",
              "12"
            ],
            "id_str" : "98123457",
            "id" : "98123457"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "1763829570066046999",
      "id_str" : "1763868096800525187",
      "in_reply_to_user_id" : "98123457",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1763868096800525187",
      "in_reply_to_status_id" : "1763829570066046999",
      "created_at" : "Sat Mar 02 10:05:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@meichen_phd Sending you a DM about the meetup 🙂",
      "lang" : "en",
      "in_reply_to_screen_name" : "meichen_phd",
      "in_reply_to_user_id_str" : "98123457"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "edit" : {
          "initialTweetId" : "1759886270931615118",
          "editControlInitial" : {
            "editTweetIds" : [
              "1759886270931615118",
              "1759887614854455792"
            ],
            "editableUntil" : "2024-02-20T11:22:38.000Z",
            "editsRemaining" : "4",
            "isEditEligible" : true
          }
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DuckDB",
            "indices" : [
              "89",
              "96"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "23",
      "id_str" : "1759887614854455792",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1759887614854455792",
      "created_at" : "Tue Feb 20 10:27:59 +0000 2024",
      "favorited" : false,
      "full_text" : "Our DuckDB migration is done: 40 nightly jobs now run in 11 minutes instead of 2 hours 🦆 #DuckDB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1759886270931615118",
            "1759887614854455792"
          ],
          "editableUntil" : "2024-02-20T11:22:38.000Z",
          "editsRemaining" : "4",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "DuckDB",
            "indices" : [
              "88",
              "95"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "39",
      "id_str" : "1759886270931615118",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1759886270931615118",
      "created_at" : "Tue Feb 20 10:22:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Our DuckDB migration is done: 40 nightly jobs now run in 11 minutes instead of 2 hours. #DuckDB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1744652734371297368"
          ],
          "editableUntil" : "2024-01-09T10:30:00.000Z",
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
        "70"
      ],
      "favorite_count" : "25",
      "id_str" : "1744652734371297368",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "1744652734371297368",
      "created_at" : "Tue Jan 09 09:30:00 +0000 2024",
      "favorited" : false,
      "full_text" : "2024 goal: delete more pipelines than I write. Q&amp;A in the replies.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1709962335250356444"
          ],
          "editableUntil" : "2023-10-05T17:02:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
          {
            "url" : "https://t.co/x6KPzXLFGs",
            "expanded_url" : "https://twitter.com/meichen_phd/status/1709278754089790689",
            "display_url" : "twitter.com/meichen_phd/st…",
            "indices" : [
              "72",
              "95"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "38",
      "id_str" : "1709962335250356444",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1709962335250356444",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 05 16:02:44 +0000 2023",
      "favorited" : false,
      "full_text" : "Mei's team keeps publishing what everyone else keeps internal. Respect. https://t.co/x6KPzXLFGs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1694668672480629164"
          ],
          "editableUntil" : "2023-08-24T12:11:11.000Z",
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
            "name" : "Zoë Abernathy-Ngata",
            "screen_name" : "zoe_ngata",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "1174403812664131584",
            "id" : "1174403812664131584"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "0",
      "id_str" : "1694668672480629164",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1694668672480629164",
      "created_at" : "Thu Aug 24 11:11:11 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @zoe_ngata: Friendly reminder that your on-call rotation is a product. Design it like one.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1658016615775370409"
          ],
          "editableUntil" : "2023-05-15T08:19:00.000Z",
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
            "name" : "Søren Kjærgaard",
            "screen_name" : "sorenkj",
            "indices" : [
              "33",
              "41"
            ],
            "id_str" : "221845903",
            "id" : "221845903"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "39",
      "id_str" : "1658016615775370409",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "1658016615775370409",
      "created_at" : "Mon May 15 07:49:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Giving a talk at Data Malmö with @sorenkj on Thursday: streaming joins without tears. Come say hi!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1641139457180022840"
          ],
          "editableUntil" : "2023-03-29T18:35:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Kwame Mensah",
            "screen_name" : "kwamemensah",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1033912283347779584",
            "id" : "1033912283347779584"
          }
        ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1641097075418986460",
      "id_str" : "1641139457180022840",
      "in_reply_to_user_id" : "1033912283347779584",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1641139457180022840",
      "in_reply_to_status_id" : "1641097075418986460",
      "created_at" : "Wed Mar 29 18:05:12 +0000 2023",
      "favorited" : false,
      "full_text" : "@kwamemensah Yes! Would love to compare notes on pharmacy stock forecasting. DMs open.",
      "lang" : "en",
      "in_reply_to_screen_name" : "kwamemensah",
      "in_reply_to_user_id_str" : "1033912283347779584"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1615339666092419790"
          ],
          "editableUntil" : "2023-01-17T13:56:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
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
        "77"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1615338319078519223",
      "id_str" : "1615339666092419790",
      "in_reply_to_user_id" : "1326719481",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1615339666092419790",
      "in_reply_to_status_id" : "1615338319078519223",
      "created_at" : "Tue Jan 17 13:26:02 +0000 2023",
      "favorited" : false,
      "full_text" : "If a fixture needs more than ten rows, the model is doing too much. Split it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "asalindqvist",
      "in_reply_to_user_id_str" : "1326719481"
    }
  }
]