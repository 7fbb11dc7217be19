window.YTD.tweet_headers.part0 = [
  {
    "tweet" : {
      "tweet_id" : "2031311644907676640",
      "user_id" : "1326719481",
      "created_at" : "Tue Mar 10 10:10:10 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "2024178350459328604",
      "user_id" : "1326719481",
      "created_at" : "Wed Feb 18 17:45:00 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "2018597359411515386",
      "user_id" : "1326719481",
      "created_at" : "Tue Feb 03 08:08:08 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "2011773409723460850",
      "user_id" : "1326719481",
      "created_at" : "Thu Jan 15 12:12:12 +0000 2026"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1997958756236705403",
      "user_id" : "1326719481",
      "created_at" : "Mon Dec 08 09:17:42 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "2006515216278408862",
      "user_id" : "1326719481",
      "created_at" : "Wed Dec 31 23:58:01 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1997958075213245004",
      "user_id" : "1326719481",
      "created_at" : "Mon Dec 08 09:15:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1991542115747735213",
      "user_id" : "1326719481",
      "created_at" : "Thu Nov 20 16:20:16 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1174373035502758201",
      "user_id" : "1326719481",
      "created_at" : "Wed Sep 18 17:22:05 +0000 2019"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1135457005337016943",
      "user_id" : "1326719481",
      "created_at" : "Mon Jun 03 08:03:40 +0000 2019"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1135455627708643269",
      "user_id" : "1326719481",
      "created_at" : "Mon Jun 03 07:58:12 +0000 2019"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1988516704539840878",
      "user_id" : "1326719481",
      "created_at" : "Wed Nov 12 07:58:21 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1985340438339802204",
      "user_id" : "1326719481",
      "created_at" : "Mon Nov 03 13:37:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1965340024246687706",
      "user_id" : "1326719481",
      "created_at" : "Tue Sep 09 09:02:30 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1965339393563483238",
      "user_id" : "1326719481",
      "created_at" : "Tue Sep 09 09:00:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1955935595403061623",
      "user_id" : "1326719481",
      "created_at" : "Thu Aug 14 10:12:40 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1939732139361144144",
      "user_id" : "1326719481",
      "created_at" : "Mon Jun 30 17:05:55 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1925110364228668815",
      "user_id" : "1326719481",
      "created_at" : "Wed May 21 08:44:12 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1907860652171226189",
      "user_id" : "1326719481",
      "created_at" : "Thu Apr 03 18:20:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1902325430760935360",
      "user_id" : "1326719481",
      "created_at" : "Wed Mar 19 11:45:00 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1895038449539977206",
      "user_id" : "1326719481",
      "created_at" : "Thu Feb 27 09:09:09 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1879185778322385288",
      "user_id" : "1326719481",
      "created_at" : "Tue Jan 14 15:16:17 +0000 2025"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1853701407454275986",
      "user_id" : "1326719481",
      "created_at" : "Tue Nov 05 07:30:30 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1833475507668277036",
      "user_id" : "1326719481",
      "created_at" : "Tue Sep 10 12:00:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1808587556728937889",
      "user_id" : "1326719481",
      "created_at" : "Wed Jul 03 19:44:10 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1800804091044149949",
      "user_id" : "1326719481",
      "created_at" : "Wed Jun 12 08:15:27 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1780969824956158473",
      "user_id" : "1326719481",
      "created_at" : "Thu Apr 18 14:41:09 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1763868096800525187",
      "user_id" : "1326719481",
      "created_at" : "Sat Mar 02 10:05:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1759887614854455792",
      "user_id" : "1326719481",
      "created_at" : "Tue Feb 20 10:27:59 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1759886270931615118",
      "user_id" : "1326719481",
      "created_at" : "Tue Feb 20 10:22:38 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1744652734371297368",
      "user_id" : "1326719481",
      "created_at" : "Tue Jan 09 09:30:00 +0000 2024"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1709962335250356444",
      "user_id" : "1326719481",
      "created_at" : "Thu Oct 05 16:02:44 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1694668672480629164",
      "user_id" : "1326719481",
      "created_at" : "Thu Aug 24 11:11:11 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1658016615775370409",
      "user_id" : "1326719481",
      "created_at" : "Mon May 15 07:49:00 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1641139457180022840",
      "user_id" : "1326719481",
      "created_at" : "Wed Mar 29 18:05:12 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1615339666092419790",
      "user_id" : "1326719481",
      "created_at" : "Tue Jan 17 13:26:02 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1615338319078519223",
      "user_id" : "1326719481",
      "created_at" : "Tue Jan 17 13:20:41 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1615336698477680561",
      "user_id" : "1326719481",
      "created_at" : "Tue Jan 17 13:14:15 +0000 2023"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1587920145057428188",
      "user_id" : "1326719481",
      "created_at" : "Wed Nov 02 21:30:39 +0000 2022"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1579770167652911058",
      "user_id" : "1326719481",
      "created_at" : "Tue Oct 11 09:45:33 +0000 2022"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1532039280169989322",
      "user_id" : "1326719481",
      "created_at" : "Wed Jun 01 16:40:02 +0000 2022"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1532004619551669882",
      "user_id" : "1326719481",
      "created_at" : "Wed Jun 01 14:22:19 +0000 2022"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1501105439570659230",
      "user_id" : "1326719481",
      "created_at" : "Tue Mar 08 08:00:00 +0000 2022"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1465624646181215477",
      "user_id" : "1326719481",
      "created_at" : "Tue Nov 30 10:12:00 +0000 2021"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1437860151146417234",
      "user_id" : "1326719481",
      "created_at" : "Tue Sep 14 19:25:48 +0000 2021"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1385149186230009580",
      "user_id" : "1326719481",
      "created_at" : "Thu Apr 22 08:31:15 +0000 2021"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1359095563237643365",
      "user_id" : "1326719481",
      "created_at" : "Tue Feb 09 11:03:27 +0000 2021"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1296836217114807328",
      "user_id" : "1326719481",
      "created_at" : "Fri Aug 21 15:47:02 +0000 2020"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1256678484948065812",
      "user_id" : "1326719481",
      "created_at" : "Sat May 02 20:14:33 +0000 2020"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1239477972098078570",
      "user_id" : "1326719481",
      "created_at" : "Mon Mar 16 09:05:51 +0000 2020"
    }
  },
  {
    "tweet" : {
      "tweet_id" : "1199669240689461863",
      "user_id" : "1326719481",
      "created_at" : "Wed Nov 27 12:40:10 +0000 2019"
    }
  }
]