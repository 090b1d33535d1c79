use super::*;

pub fn all() -> Vec<Scenario> {
    vec![scenario("hello", hello)]
}

fn hello() -> ! {
    run(|g| {
        let c = Chan::<u64>::new(g, 0);
        for i in 0..10u64 {
            go(g, move |g| c.send(g, i));
        }
        let mut sum = 0;
        for _ in 0..10 {
            sum += c.recv(g).unwrap();
        }
        assert_eq!(sum, 45);
        println!("ok");
    })
}
