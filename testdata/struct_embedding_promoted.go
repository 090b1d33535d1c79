// Proves struct embedding: promoted fields, explicit access through the embedded type name, shadowing by shallower fields.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type Timestamps struct {
	Created, Updated int
}

type User struct {
	Base
	Timestamps
	Name  string // shadows Base.Name
	Email string
}

type Admin struct {
	*User
	Level int
}

func main() {
	u := User{Base: Base{ID: 7, Name: "base-name"}, Timestamps: Timestamps{1, 2}, Name: "user-name", Email: "u@x"}
	fmt.Println(u.ID, u.Name, u.Base.Name, u.Created, u.Timestamps.Updated)
	u.ID = 8
	u.Updated = 3
	fmt.Println(u.Base.ID, u.Timestamps)
	fmt.Printf("%v\n%+v\n", u, u)
	a := Admin{User: &u, Level: 1}
	a.Email = "admin@x" // through the embedded pointer
	fmt.Println(u.Email, a.ID, a.Base.Name, a.Level)
	b := u.Base
	b.ID = 100
	fmt.Println(u.ID, b.ID)
}
