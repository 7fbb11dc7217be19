window.YTD.tweets.part0 = [
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
  },
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
  }
]